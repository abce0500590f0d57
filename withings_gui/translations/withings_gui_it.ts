<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AuthorizePage</name>
    <message>
        <source>Withings login</source>
        <translation>Accesso a Withings</translation>
    </message>
    <message>
        <source>Log in to Withings</source>
        <translation>Accedi a Withings</translation>
    </message>
    <message>
        <source>Log in with the Withings account of the person whose data this is, and allow access.</source>
        <translation>Accedi con l&apos;account Withings della persona a cui appartengono questi dati e consenti l&apos;accesso.</translation>
    </message>
    <message>
        <source>Use my o&amp;wn browser instead</source>
        <translation>Usa invece il mio &amp;browser</translation>
    </message>
    <message>
        <source>Loading the Withings login…</source>
        <translation>Caricamento dell&apos;accesso a Withings…</translation>
    </message>
    <message>
        <source>Paste the whole address your browser ended on</source>
        <translation>Incolla l&apos;indirizzo completo su cui si è fermato il browser</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continua</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>If Withings shows an error about the &lt;i&gt;redirect_uri&lt;/i&gt;, the Callback URI of your Withings app must be exactly &lt;code&gt;{url}&lt;/code&gt;.</source>
        <translation>Se Withings mostra un errore sulla &lt;i&gt;redirect_uri&lt;/i&gt;, la Callback URI della tua app Withings deve essere esattamente &lt;code&gt;{url}&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>{error} Go Back to the callback URL and Client Id pages.</source>
        <translation>{error} Torna alle pagine URL di callback e Client Id.</translation>
    </message>
    <message>
        <source>The built-in browser is not available on this system.</source>
        <translation>Il browser integrato non è disponibile su questo sistema.</translation>
    </message>
    <message>
        <source>The Withings page did not load; check the internet connection or use your own browser.</source>
        <translation>La pagina di Withings non si è caricata; controlla la connessione a Internet o usa il tuo browser.</translation>
    </message>
    <message>
        <source>{refused}. This setup uses {url}: put exactly that in your Withings app, then click “Try again”.</source>
        <translation>{refused}. Questa configurazione usa {url}: inserisci esattamente questo nella tua app Withings, poi fai clic su «Riprova».</translation>
    </message>
    <message>
        <source>After you allow access it goes to your callback address (an error page there is fine): copy that whole address and paste it below.</source>
        <translation>Dopo che hai consentito l&apos;accesso, si passa al tuo indirizzo di callback (una pagina di errore lì va bene): copia l&apos;indirizzo completo e incollalo qui sotto.</translation>
    </message>
    <message>
        <source>Your browser opens the Withings login (the address is below if it does not). {then}</source>
        <translation>Il browser apre l&apos;accesso a Withings (se non succede, l&apos;indirizzo è qui sotto). {then}</translation>
    </message>
    <message>
        <source>No browser could be opened from here: copy the address below into a browser and log in there. {then}</source>
        <translation>Da qui non è stato possibile aprire un browser: copia l&apos;indirizzo qui sotto in un browser e accedi lì. {then}</translation>
    </message>
    <message>
        <source>Paste the address your browser ended on.</source>
        <translation>Incolla l&apos;indirizzo su cui si è fermato il browser.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <source>Logged in: Withings user {user}.</source>
        <translation>Accesso eseguito: utente Withings {user}.</translation>
    </message>
    <message>
        <source>Logged in: Withings user {user}. Click Next.</source>
        <translation>Accesso eseguito: utente Withings {user}. Fai clic su «Successivo».</translation>
    </message>
    <message>
        <source>{error} Click “Try again” to log in again.</source>
        <translation>{error} Fai clic su «Riprova» per accedere di nuovo.</translation>
    </message>
</context>
<context>
    <name>CallbackPage</name>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Callback address</source>
        <translation>Indirizzo di callback</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL di callback</translation>
    </message>
    <message>
        <source>The address Withings sends you back to after you log in. Withings checks it when you save your developer app; we check it the same way first.</source>
        <translation>L&apos;indirizzo a cui Withings ti rimanda dopo l&apos;accesso. Withings lo verifica quando salvi la tua app sviluppatore; noi lo verifichiamo prima allo stesso modo.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Verifica</translation>
    </message>
    <message>
        <source>Look the name up, check the certificate and send an HTTP HEAD, as Withings does</source>
        <translation>Risolvere il nome, verificare il certificato e inviare un HTTP HEAD, come fa Withings</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Set this as Home Assistant&apos;s e&amp;xternal URL</source>
        <translation>Imposta come URL e&amp;sterno di Home Assistant</translation>
    </message>
    <message>
        <source>Possible once every check has passed</source>
        <translation>Possibile quando tutte le verifiche sono superate</translation>
    </message>
    <message>
        <source>Withings sends your browser to this address after you log in, and this app catches that step before the page loads, so it never has to reach your Home Assistant: nothing needs opening to the internet. It only has to satisfy Withings when you save your developer app: any https page you trust that answers will do.</source>
        <translation>Withings manda il browser a questo indirizzo dopo l&apos;accesso, e questa app intercetta quel passaggio prima che la pagina si carichi, quindi non deve mai raggiungere il tuo Home Assistant: non c&apos;è niente da aprire verso Internet. Deve solo soddisfare Withings quando salvi la tua app sviluppatore: va bene qualsiasi pagina https affidabile che risponda.</translation>
    </message>
    <message>
        <source>Home Assistant must know this address as its external URL. Set it from here, or paste this into configuration.yaml:</source>
        <translation>Home Assistant deve conoscere questo indirizzo come URL esterno. Impostalo da qui, oppure incolla questo in configuration.yaml:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; the simulated Withings accepts this URL without looking it up; these checks are for a real setup.</source>
        <translation>&lt;b&gt;Demo:&lt;/b&gt; il Withings simulato accetta questo URL senza risolverlo; queste verifiche servono per una configurazione reale.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Da:</translation>
    </message>
    <message>
        <source>Callback URL:</source>
        <translation>URL di callback:</translation>
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation>&amp;URL di callback:</translation>
    </message>
    <message>
        <source>Changed http:// to https://: Withings accepts https only.</source>
        <translation>http:// cambiato in https://: Withings accetta solo https.</translation>
    </message>
    <message>
        <source>fix what is marked with a cross first</source>
        <translation>correggi prima ciò che è segnato con una croce</translation>
    </message>
    <message>
        <source>press Check</source>
        <translation>premi «Verifica»</translation>
    </message>
    <message>
        <source>Not checked yet: {why}.</source>
        <translation>Non ancora verificato: {why}.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>the check stopped</source>
        <translation>la verifica si è interrotta</translation>
    </message>
    <message>
        <source>The check stopped: {error}</source>
        <translation>La verifica si è interrotta: {error}</translation>
    </message>
    <message>
        <source>Withings would refuse this callback URL: fix what is marked with a cross and check again.</source>
        <translation>Withings rifiuterebbe questo URL di callback: correggi ciò che è segnato con una croce e verifica di nuovo.</translation>
    </message>
    <message>
        <source>Setting the external URL…</source>
        <translation>Impostazione dell&apos;URL esterno…</translation>
    </message>
    <message>
        <source>Could not set the external URL ({error}); paste the YAML instead.</source>
        <translation>Impossibile impostare l&apos;URL esterno ({error}); incolla invece lo YAML.</translation>
    </message>
    <message>
        <source>Home Assistant&apos;s external URL is now {url}.</source>
        <translation>L&apos;URL esterno di Home Assistant ora è {url}.</translation>
    </message>
    <message>
        <source>Not set: Home Assistant&apos;s core settings come from configuration.yaml, so a change made from here would be lost at its next restart. Paste the YAML above into configuration.yaml instead (replace an external_url line already there), then restart Home Assistant.</source>
        <translation>Non impostato: le impostazioni di base di Home Assistant vengono da configuration.yaml, quindi una modifica fatta da qui andrebbe persa al prossimo riavvio. Incolla invece lo YAML qui sopra in configuration.yaml (sostituisci una riga external_url già presente), poi riavvia Home Assistant.</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Copia negli appunti</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Sharing the app with Home Assistant&apos;s own Withings integration works, but Withings does not say whether a second login of the same person can end the other&apos;s session; if either one keeps asking you to log in again, create a second app for this one.</source>
        <translation>Condividere l&apos;app con l&apos;integrazione Withings di Home Assistant funziona, ma Withings non dice se un secondo accesso della stessa persona possa chiudere l&apos;altra sessione; se una delle due continua a chiederti di accedere, crea una seconda app per questa.</translation>
    </message>
    <message>
        <source>App keys</source>
        <translation>Chiavi dell&apos;app</translation>
    </message>
    <message>
        <source>Client Id and Consumer Secret</source>
        <translation>Client Id e Consumer Secret</translation>
    </message>
    <message>
        <source>Copy both from your Withings developer app.</source>
        <translation>Copia entrambi dalla tua app sviluppatore Withings.</translation>
    </message>
    <message>
        <source>S&amp;how the secret</source>
        <translation>&amp;Mostra il secret</translation>
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
        <translation>&amp;URL di callback come registrato:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; the simulated Withings&apos; demo app is filled in.</source>
        <translation>&lt;b&gt;Demo:&lt;/b&gt; l&apos;app demo del Withings simulato è già inserita.</translation>
    </message>
    <message>
        <source>Your Withings developer app</source>
        <translation>La tua app sviluppatore Withings</translation>
    </message>
    <message>
        <source>The secret is kept in your system keyring ({keyring}), never in a settings file.</source>
        <translation>Il secret è conservato nel portachiavi del sistema ({keyring}), mai in un file di impostazioni.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Units and first sync</source>
        <translation>Unità e sincronia</translation>
    </message>
    <message>
        <source>Options and first sync</source>
        <translation>Opzioni e prima sincronizzazione</translation>
    </message>
    <message>
        <source>Choose how the sensors look, then the first sync runs.</source>
        <translation>Scegli come appaiono i sensori; poi parte la prima sincronizzazione.</translation>
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
        <translation>&amp;entrambi (sensori kg e _lbs)</translation>
    </message>
    <message>
        <source>s&amp;t (_st sensors; shown as 11 st 2 lb)</source>
        <translation>s&amp;t (sensori _st; es. 11 st 2 lb)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Start the tray when I log in</source>
        <translation>Avvia l&apos;icona nell&apos;area di notifica quando accedo</translation>
    </message>
    <message>
        <source>Notify me of each new weigh-in</source>
        <translation>Avvisami a ogni nuova pesata</translation>
    </message>
    <message>
        <source>Copy YAML</source>
        <translation>Copia YAML</translation>
    </message>
    <message>
        <source>Check Home Assistant&apos;s &amp;configuration</source>
        <translation>Verifica la &amp;configurazione di Home Assistant</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizza ora</translation>
    </message>
    <message>
        <source>&amp;Add another person…</source>
        <translation>&amp;Aggiungi un&apos;altra persona…</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Unità:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sincronizza &amp;ogni:</translation>
    </message>
    <message>
        <source>Publishing kg only but want pounds in HA too? Template sensors for configuration.yaml:</source>
        <translation>Pubblichi solo in kg ma vuoi anche le libbre in HA? Sensori template per configuration.yaml:</translation>
    </message>
    <message>
        <source>Home Assistant:</source>
        <translation>Home Assistant:</translation>
    </message>
    <message>
        <source>First sync:</source>
        <translation>Prima sincronia:</translation>
    </message>
    <message>
        <source>No Home Assistant in this setup.</source>
        <translation>Nessun Home Assistant in questa configurazione.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Configuration valid.</source>
        <translation>Configurazione valida.</translation>
    </message>
    <message>
        <source>Configuration invalid.</source>
        <translation>Configurazione non valida.</translation>
    </message>
    <message>
        <source>Errors: {detail}</source>
        <translation>Errori: {detail}</translation>
    </message>
    <message>
        <source>Warnings: {detail}</source>
        <translation>Avvisi: {detail}</translation>
    </message>
    <message>
        <source>Syncing with Withings…</source>
        <translation>Sincronizzazione con Withings…</translation>
    </message>
    <message>
        <source>The first sync did not fully work: {error}</source>
        <translation>La prima sincronizzazione non è riuscita del tutto: {error}</translation>
    </message>
    <message>
        <source>The first sync failed: {error}</source>
        <translation>La prima sincronizzazione non è riuscita: {error}</translation>
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
        <translation>Connetti a Home Assistant</translation>
    </message>
    <message>
        <source>Its address as this computer reaches it, and a long-lived access token (your HA profile → Security → Long-lived access tokens).</source>
        <translation>Il suo indirizzo come lo raggiunge questo computer, e un token di accesso a lunga vita (il tuo profilo HA → Sicurezza → Token di accesso a lunga vita).</translation>
    </message>
    <message>
        <source>only for a self-signed certificate (.pem, .crt)</source>
        <translation>solo per un certificato autofirmato (.pem, .crt)</translation>
    </message>
    <message>
        <source>Trust certificate &amp;file…</source>
        <translation>&amp;Certificato attendibile…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Prova la connessione</translation>
    </message>
    <message>
        <source>This address works only in your home network. If your Home Assistant has no address on the internet, choose the home-network path: nothing needs opening to the internet.</source>
        <translation>Questo indirizzo funziona solo nella tua rete domestica. Se il tuo Home Assistant non ha un indirizzo su Internet, scegli la strada «solo rete domestica»: non c&apos;è niente da aprire verso Internet.</translation>
    </message>
    <message>
        <source>&amp;Use the home-network path</source>
        <translation>&amp;Usa la strada «rete domestica»</translation>
    </message>
    <message>
        <source>&amp;Skip Home Assistant (demo only: the sensors are shown, not sent)</source>
        <translation>&amp;Salta Home Assistant (solo demo: sensori solo mostrati)</translation>
    </message>
    <message>
        <source>Home Assistant &amp;address:</source>
        <translation>&amp;Indirizzo di Home Assistant:</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>To&amp;ken di accesso:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificato:</translation>
    </message>
    <message>
        <source>In the demo you may skip this step; the tray then shows the demo data without sending it anywhere.</source>
        <translation>Nella demo puoi saltare questo passaggio; l&apos;icona nell&apos;area di notifica mostra allora i dati demo senza inviarli da nessuna parte.</translation>
    </message>
    <message>
        <source>Tested before with this address and token.</source>
        <translation>Già provato con questo indirizzo e questo token.</translation>
    </message>
    <message>
        <source>Connected to Home Assistant {version} “{name}”.</source>
        <translation>Connesso a Home Assistant {version} «{name}».</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione in corso…</translation>
    </message>
    <message>
        <source>Trust Home Assistant&apos;s certificate</source>
        <translation>Considera attendibile il certificato di Home Assistant</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificati (*.pem *.crt *.cer);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Home network only: Withings never needs to reach this Home Assistant.</source>
        <translation>Solo rete domestica: Withings non deve mai raggiungere questo Home Assistant.</translation>
    </message>
</context>
<context>
    <name>Mark</name>
    <message>
        <source>passed</source>
        <translation>superato</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avviso</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>current</source>
        <translation>attuale</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>da fare</translation>
    </message>
</context>
<context>
    <name>NumberBadge</name>
    <message>
        <source>field {number} in the picture</source>
        <translation>campo {number} nell&apos;immagine</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>The setup could not be saved: {error}</source>
        <translation>Impossibile salvare la configurazione: {error}</translation>
    </message>
</context>
<context>
    <name>PathPage</name>
    <message>
        <source>A Withings account</source>
        <translation>Un account Withings</translation>
    </message>
    <message>
        <source>with the person&apos;s measurements in the Withings app</source>
        <translation>con le misurazioni della persona nell&apos;app Withings</translation>
    </message>
    <message>
        <source>Home Assistant</source>
        <translation>Home Assistant</translation>
    </message>
    <message>
        <source>its address and a long-lived access token from your HA profile</source>
        <translation>il suo indirizzo e un token di accesso a lunga vita dal tuo profilo HA</translation>
    </message>
    <message>
        <source>About ten minutes</source>
        <translation>Circa dieci minuti</translation>
    </message>
    <message>
        <source>you can close the wizard and continue later where you left off</source>
        <translation>puoi chiudere la procedura guidata e continuare più tardi da dove eri rimasto</translation>
    </message>
    <message>
        <source>&lt;b&gt;{what}&lt;/b&gt; — {why}</source>
        <translation>&lt;b&gt;{what}&lt;/b&gt; — {why}</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Benvenuto</translation>
    </message>
    <message>
        <source>This wizard connects your Withings account to Home Assistant. Your measurements then appear there as sensors, kept current from an icon beside the clock.</source>
        <translation>Questa procedura guidata collega il tuo account Withings a Home Assistant. Le tue misurazioni compaiono poi lì come sensori, tenuti aggiornati da un&apos;icona accanto all&apos;orologio.</translation>
    </message>
    <message>
        <source>Only on my home net&amp;work (nothing to open to the internet)</source>
        <translation>Solo nella mia &amp;rete domestica (nulla da aprire su Internet)</translation>
    </message>
    <message>
        <source>&amp;Home Assistant Cloud (Nabu Casa)</source>
        <translation>&amp;Home Assistant Cloud (Nabu Casa)</translation>
    </message>
    <message>
        <source>My &amp;own public domain with https (e.g. https://ha.example.com)</source>
        <translation>Il mio &amp;dominio con https (ad es. https://ha.example.com)</translation>
    </message>
    <message>
        <source>I already have a Withings &amp;developer app</source>
        <translation>Ho già un&apos;app &amp;sviluppatore Withings</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Cosa ti serve</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Cosa succede</translation>
    </message>
    <message>
        <source>You register a free developer app with Withings (every value to type is given), log in to Withings here, and the first sync sends the measurements to Home Assistant. This app talks to Withings and Home Assistant directly; your login stays on this computer.</source>
        <translation>Registri un&apos;app sviluppatore gratuita su Withings (ogni valore da inserire ti viene fornito), accedi qui a Withings e la prima sincronizzazione invia le misurazioni a Home Assistant. Questa app parla direttamente con Withings e Home Assistant; il tuo accesso resta su questo computer.</translation>
    </message>
    <message>
        <source>How is your Home Assistant reached from outside?</source>
        <translation>Come si raggiunge il tuo Home Assistant dall&apos;esterno?</translation>
    </message>
    <message>
        <source>Withings&apos; login ends at your developer app&apos;s callback address; this app catches that step itself, so the address never has to lead to your Home Assistant.</source>
        <translation>L&apos;accesso a Withings termina all&apos;indirizzo di callback della tua app sviluppatore; questa app intercetta da sé quel passaggio, quindi l&apos;indirizzo non deve mai portare al tuo Home Assistant.</translation>
    </message>
    <message>
        <source>For example the one made for Home Assistant&apos;s own Withings integration: its values are then used instead of a new app&apos;s.</source>
        <translation>Ad esempio quella creata per l&apos;integrazione Withings di Home Assistant: si usano allora i suoi valori invece di quelli di una nuova app.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; everything runs against a simulated Withings; any choice works.</source>
        <translation>&lt;b&gt;Demo:&lt;/b&gt; tutto funziona con un Withings simulato; qualsiasi scelta va bene.</translation>
    </message>
</context>
<context>
    <name>PortalFigure</name>
    <message>
        <source>Picture of the Withings developer portal&apos;s forms</source>
        <translation>Immagine dei moduli del portale sviluppatori Withings</translation>
    </message>
</context>
<context>
    <name>PortalPage</name>
    <message>
        <source>Withings app</source>
        <translation>App Withings</translation>
    </message>
    <message>
        <source>Create your Withings developer app</source>
        <translation>Crea la tua app sviluppatore Withings</translation>
    </message>
    <message>
        <source>Withings lets you read your own data through an app you register. Open the developer portal, create an application of the kind “Public API integration” and fill in:</source>
        <translation>Withings ti permette di leggere i tuoi dati tramite un&apos;app che registri. Apri il portale sviluppatori, crea un&apos;applicazione del tipo «Public API integration» e compila:</translation>
    </message>
    <message>
        <source>&amp;Open the Withings developer portal</source>
        <translation>&amp;Apri il portale Withings</translation>
    </message>
    <message>
        <source>Save &amp;logo…</source>
        <translation>Salva il &amp;logo…</translation>
    </message>
    <message>
        <source>Withings asks for {first} and {second} once, for your developer account. The saved application shows its Client ID and Secret: keep that page open.</source>
        <translation>Withings chiede {first} e {second} una volta sola, per il tuo account sviluppatore. L&apos;applicazione salvata mostra il suo Client ID e il suo Secret: tieni aperta quella pagina.</translation>
    </message>
    <message>
        <source>I already &amp;have an app…</source>
        <translation>&amp;Ho già un&apos;app…</translation>
    </message>
    <message>
        <source>Already have a Withings developer app (for Home Assistant&apos;s own integration, say)? Use it instead.</source>
        <translation>Hai già un&apos;app sviluppatore Withings (per l&apos;integrazione di Home Assistant, ad esempio)? Usa quella.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; nothing needs registering; the simulated Withings already knows a demo app, whose Client Id and Secret are filled in on the next page.</source>
        <translation>&lt;b&gt;Demo:&lt;/b&gt; non c&apos;è niente da registrare; il Withings simulato conosce già un&apos;app demo, il cui Client Id e Secret sono inseriti nella pagina successiva.</translation>
    </message>
    <message>
        <source>No browser could be opened from here: copy the portal&apos;s address (above) into a browser.</source>
        <translation>Da qui non è stato possibile aprire un browser: copia l&apos;indirizzo del portale (qui sopra) in un browser.</translation>
    </message>
    <message>
        <source>Save the logo</source>
        <translation>Salva il logo</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>Whose data is this?</source>
        <translation>Di chi sono questi dati?</translation>
    </message>
    <message>
        <source>The name becomes part of every entity id in Home Assistant.</source>
        <translation>Il nome diventa parte di ogni ID entità in Home Assistant.</translation>
    </message>
    <message>
        <source>Alice</source>
        <translation>Alice</translation>
    </message>
    <message>
        <source>Also read &amp;ECG results</source>
        <translation>Leggi anche i risultati &amp;ECG</translation>
    </message>
    <message>
        <source>The latest atrial fibrillation classification and its date. Withings gives ECGs with the “user.metrics” access this app already asks for, so no new login is needed.</source>
        <translation>L&apos;ultima classificazione della fibrillazione atriale e la sua data. Withings fornisce gli ECG con l&apos;accesso «user.metrics» che questa app chiede già, quindi non serve un nuovo accesso.</translation>
    </message>
    <message>
        <source>Person&apos;s na&amp;me:</source>
        <translation>No&amp;me della persona:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profilo:</translation>
    </message>
    <message>
        <source>Entities:</source>
        <translation>Entità:</translation>
    </message>
    <message>
        <source>Logged in to Withings as user &lt;b&gt;{user}&lt;/b&gt;. Name the person who owns that account.</source>
        <translation>Accesso a Withings come utente &lt;b&gt;{user}&lt;/b&gt;. Dai un nome alla persona titolare di quell&apos;account.</translation>
    </message>
    <message>
        <source>Could not read Home Assistant&apos;s entities ({error}).</source>
        <translation>Impossibile leggere le entità di Home Assistant ({error}).</translation>
    </message>
    <message>
        <source>{conflict}. Choose another name.</source>
        <translation>{conflict}. Scegli un altro nome.</translation>
    </message>
    <message>
        <source>Home Assistant already has {count} of these entities (e.g. {example}). If they come from an earlier setup of this app that is fine; otherwise choose another name.</source>
        <translation>Home Assistant ha già {count} di queste entità (ad es. {example}). Se vengono da una configurazione precedente di questa app va bene; altrimenti scegli un altro nome.</translation>
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
        <translation>Come correggere: {fix}</translation>
    </message>
    <message>
        <source>(a warning; Withings would accept it)</source>
        <translation>(un avviso; Withings lo accetterebbe)</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Withings GUI setup (demo)</source>
        <translation>Configurazione di Withings GUI (demo)</translation>
    </message>
    <message>
        <source>Withings GUI setup</source>
        <translation>Configurazione di Withings GUI</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Withings GUI logo</source>
        <translation>Logo di Withings GUI</translation>
    </message>
    <message>
        <source>&lt;b&gt;Withings GUI&lt;/b&gt;&lt;br&gt;Setup</source>
        <translation>&lt;b&gt;Withings GUI&lt;/b&gt;&lt;br&gt;Configurazione</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
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
        <translation>La sincronizzazione ha richiesto più di {seconds} s ed è stata interrotta.</translation>
    </message>
    <message>
        <source>The sync process could not start: {error}</source>
        <translation>Impossibile avviare il processo di sincronizzazione: {error}</translation>
    </message>
    <message>
        <source>The sync process crashed ({code}): {error}</source>
        <translation>Il processo di sincronizzazione si è bloccato ({code}): {error}</translation>
    </message>
    <message>
        <source>The sync process crashed ({code}).</source>
        <translation>Il processo di sincronizzazione si è bloccato ({code}).</translation>
    </message>
    <message>
        <source>The sync process exited {code}: {error}</source>
        <translation>Il processo di sincronizzazione è terminato con {code}: {error}</translation>
    </message>
    <message>
        <source>The sync process exited {code}.</source>
        <translation>Il processo di sincronizzazione è terminato con {code}.</translation>
    </message>
</context>
<context>
    <name>cli.commands</name>
    <message>
        <source>withings-gui {command}: not available with --demo (the demo configures and logs in by itself).</source>
        <translation>withings-gui {command}: non disponibile con --demo (la demo si configura e accede da sola).</translation>
    </message>
</context>
<context>
    <name>cli.configure</name>
    <message>
        <source>Warning: {warning}</source>
        <translation>Avviso: {warning}</translation>
    </message>
    <message>
        <source>Saved settings for profile &apos;{profile}&apos; in {file}.</source>
        <translation>Impostazioni del profilo &apos;{profile}&apos; salvate in {file}.</translation>
    </message>
    <message>
        <source>--remove needs --profile NAME</source>
        <translation>--remove richiede --profile NOME</translation>
    </message>
    <message>
        <source>no profile &apos;{profile}&apos; to remove; configured: {profiles}</source>
        <translation>nessun profilo &apos;{profile}&apos; da rimuovere; configurati: {profiles}</translation>
    </message>
    <message>
        <source>Removed profile &apos;{profile}&apos; ({what}); its history stays in {file}.</source>
        <translation>Profilo &apos;{profile}&apos; rimosso ({what}); la sua cronologia resta in {file}.</translation>
    </message>
    <message>
        <source>--profile is required (only --language may be set without it)</source>
        <translation>--profile è obbligatorio (solo --language può essere impostato senza)</translation>
    </message>
    <message>
        <source>Saved the language ({language}) in {file}; it applies from the next start of the wizard and the tray.</source>
        <translation>Lingua ({language}) salvata in {file}; vale dal prossimo avvio della procedura guidata e dell&apos;icona nell&apos;area di notifica.</translation>
    </message>
    <message>
        <source>The callback URL would be refused by Withings: {reasons}</source>
        <translation>Withings rifiuterebbe l&apos;URL di callback: {reasons}</translation>
    </message>
    <message>
        <source>{options} must be given the first time.</source>
        <translation>{options} va indicato la prima volta.</translation>
    </message>
    <message>
        <source>No Withings Consumer Secret saved yet: give a line client_secret=... on standard input.</source>
        <translation>Nessun Consumer Secret di Withings ancora salvato: fornisci una riga client_secret=... sull&apos;input standard.</translation>
    </message>
    <message>
        <source>{name} (Enter keeps the saved one): </source>
        <translation>{name} (Invio mantiene il valore salvato): </translation>
    </message>
    <message>
        <source>Standard input line {number} is not client_secret=... or ha_token=...</source>
        <translation>La riga {number} dell&apos;input standard non è client_secret=... né ha_token=...</translation>
    </message>
</context>
<context>
    <name>cli.listen</name>
    <message>
        <source>Home Assistant is reachable only on the home network, so Withings cannot send it notifications; checking on the sync interval instead.</source>
        <translation>Home Assistant è raggiungibile solo dalla rete di casa, quindi Withings non può inviargli notifiche; si controlla invece a ogni intervallo di sincronizzazione.</translation>
    </message>
    <message>
        <source>Home Assistant is not set up; run setup first.</source>
        <translation>Home Assistant non è configurato; esegui prima la configurazione.</translation>
    </message>
    <message>
        <source>No Home Assistant token is saved; run setup again.</source>
        <translation>Nessun token di Home Assistant salvato; esegui di nuovo la configurazione.</translation>
    </message>
    <message>
        <source>Home Assistant&apos;s webhook stopped: {problem}</source>
        <translation>Il webhook di Home Assistant si è fermato: {problem}</translation>
    </message>
</context>
<context>
    <name>cli.login</name>
    <message>
        <source>No profile &apos;{profile}&apos; yet; create it with `withings-gui configure --profile {profile} ...`.</source>
        <translation>Non esiste ancora il profilo &apos;{profile}&apos;; crealo con `withings-gui configure --profile {profile} ...`.</translation>
    </message>
    <message>
        <source>Open this address, log in to Withings and allow access:</source>
        <translation>Apri questo indirizzo, accedi a Withings e consenti l&apos;accesso:</translation>
    </message>
    <message>
        <source>Your browser then tries to open the callback address. Copy that whole address from the address bar, paste it here and press Enter (it may show an error page: that is fine, the address is what counts):</source>
        <translation>Il browser poi prova ad aprire l&apos;indirizzo di callback. Copia l&apos;intero indirizzo dalla barra degli indirizzi, incollalo qui e premi Invio (potrebbe mostrare una pagina di errore: va bene, conta l&apos;indirizzo):</translation>
    </message>
    <message>
        <source>nothing was pasted; run login again.</source>
        <translation>non è stato incollato nulla; ripeti l&apos;accesso.</translation>
    </message>
    <message>
        <source>Log in again with that person&apos;s Withings account, or run `withings-gui login --profile {profile} --replace` to give the profile to the new account.</source>
        <translation>Accedi di nuovo con l&apos;account Withings di quella persona, oppure esegui `withings-gui login --profile {profile} --replace` per dare il profilo al nuovo account.</translation>
    </message>
    <message>
        <source>Logged in: profile &apos;{profile}&apos; is Withings user {user}.</source>
        <translation>Accesso eseguito: il profilo &apos;{profile}&apos; è l&apos;utente Withings {user}.</translation>
    </message>
    <message>
        <source>Profile &apos;{profile}&apos; was removed while logging in; add it again with `withings-gui configure`, then log in again.</source>
        <translation>Il profilo &apos;{profile}&apos; è stato rimosso durante l&apos;accesso; aggiungilo di nuovo con `withings-gui configure`, poi accedi di nuovo.</translation>
    </message>
</context>
<context>
    <name>cli.sync</name>
    <message>
        <source>no profile is configured; run `withings-gui setup` or `withings-gui configure` first.</source>
        <translation>nessun profilo configurato; esegui prima `withings-gui setup` o `withings-gui configure`.</translation>
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
        <translation>il nome viene risolto</translation>
    </message>
    <message>
        <source>a certificate from a public authority</source>
        <translation>un certificato di un&apos;autorità pubblica</translation>
    </message>
    <message>
        <source>answers an HTTP HEAD request</source>
        <translation>risponde a una richiesta HTTP HEAD</translation>
    </message>
    <message>
        <source>Use Home Assistant Cloud (Nabu Casa), or get a certificate from a public authority, e.g. with Home Assistant&apos;s Let&apos;s Encrypt add-on.</source>
        <translation>Usa Home Assistant Cloud (Nabu Casa), oppure ottieni un certificato da un&apos;autorità pubblica, ad es. con il componente aggiuntivo Let&apos;s Encrypt di Home Assistant.</translation>
    </message>
    <message>
        <source>The certificate of {host} has expired.</source>
        <translation>Il certificato di {host} è scaduto.</translation>
    </message>
    <message>
        <source>Renew it; Home Assistant&apos;s Let&apos;s Encrypt add-on renews automatically, and Home Assistant Cloud (Nabu Casa) needs no certificate of your own.</source>
        <translation>Rinnovalo; il componente aggiuntivo Let&apos;s Encrypt di Home Assistant lo rinnova automaticamente, e Home Assistant Cloud (Nabu Casa) non richiede un certificato tuo.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not valid yet.</source>
        <translation>Il certificato di {host} non è ancora valido.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time, or wait until the certificate&apos;s start date.</source>
        <translation>Controlla data e ora di questo computer, oppure attendi la data di inizio del certificato.</translation>
    </message>
    <message>
        <source>The certificate of {host} is self-signed; Withings refuses it.</source>
        <translation>Il certificato di {host} è autofirmato; Withings lo rifiuta.</translation>
    </message>
    <message>
        <source>The certificate is not valid for {host} (it was issued for another name).</source>
        <translation>Il certificato non è valido per {host} (è stato emesso per un altro nome).</translation>
    </message>
    <message>
        <source>Use the domain name the certificate was issued for, or get a certificate that includes {host} (the Let&apos;s Encrypt add-on&apos;s &apos;domains&apos; option).</source>
        <translation>Usa il nome di dominio per cui è stato emesso il certificato, oppure ottieni un certificato che includa {host} (l&apos;opzione «domains» del componente Let&apos;s Encrypt).</translation>
    </message>
    <message>
        <source>The certificate of {host} has been revoked.</source>
        <translation>Il certificato di {host} è stato revocato.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not issued by a public certificate authority (or the server does not send the full chain).</source>
        <translation>Il certificato di {host} non è emesso da un&apos;autorità di certificazione pubblica (o il server non invia la catena completa).</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>the URL has no valid domain name</source>
        <translation>l&apos;URL non ha un nome di dominio valido</translation>
    </message>
    <message>
        <source>{host} does not resolve</source>
        <translation>{host} non viene risolto</translation>
    </message>
    <message>
        <source>there is no secure connection</source>
        <translation>non c&apos;è una connessione sicura</translation>
    </message>
    <message>
        <source>Not checked: {reason}.</source>
        <translation>Non verificato: {reason}.</translation>
    </message>
    <message>
        <source>Check the spelling, and that the domain&apos;s DNS record (A or AAAA) points at the public address of your Home Assistant.</source>
        <translation>Controlla l&apos;ortografia e che il record DNS del dominio (A o AAAA) punti all&apos;indirizzo pubblico del tuo Home Assistant.</translation>
    </message>
    <message>
        <source>Copy the address exactly from Home Assistant → Settings → Home Assistant Cloud → Remote control, and check that remote control is switched on.</source>
        <translation>Copia l&apos;indirizzo esattamente da Home Assistant → Impostazioni → Home Assistant Cloud → Controllo remoto e verifica che il controllo remoto sia attivo.</translation>
    </message>
    <message>
        <source>{host} does not resolve ({why}).</source>
        <translation>{host} non viene risolto ({why}).</translation>
    </message>
    <message>
        <source>no such name</source>
        <translation>nome inesistente</translation>
    </message>
    <message>
        <source>the DNS server did not answer</source>
        <translation>il server DNS non ha risposto</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>nessun indirizzo</translation>
    </message>
    <message>
        <source>{host} resolves to {addresses}. That is an address inside a private network: make sure public DNS gives Withings your public address.</source>
        <translation>{host} viene risolto in {addresses}. È un indirizzo di una rete privata: assicurati che il DNS pubblico dia a Withings il tuo indirizzo pubblico.</translation>
    </message>
    <message>
        <source>{host} resolves to {addresses}.</source>
        <translation>{host} viene risolto in {addresses}.</translation>
    </message>
    <message>
        <source>Could not connect to {host} on port {port} ({why}).</source>
        <translation>Impossibile connettersi a {host} sulla porta {port} ({why}).</translation>
    </message>
    <message>
        <source>Make sure port {port} of your router is forwarded to Home Assistant, or use Home Assistant Cloud (Nabu Casa).</source>
        <translation>Assicurati che la porta {port} del router sia inoltrata a Home Assistant, oppure usa Home Assistant Cloud (Nabu Casa).</translation>
    </message>
    <message>
        <source>{host} answers on port {port}, but not with https (plain http?).</source>
        <translation>{host} risponde sulla porta {port}, ma non in https (semplice http?).</translation>
    </message>
    <message>
        <source>Serve Home Assistant over https on port 443 (ssl_certificate in the http: section, or a reverse proxy), or use Home Assistant Cloud.</source>
        <translation>Servi Home Assistant in https sulla porta 443 (ssl_certificate nella sezione http:, o un reverse proxy), oppure usa Home Assistant Cloud.</translation>
    </message>
    <message>
        <source>Check that port 443 reaches Home Assistant (or its proxy) over https.</source>
        <translation>Verifica che la porta 443 raggiunga Home Assistant (o il suo proxy) in https.</translation>
    </message>
    <message>
        <source>Certificate for {host} issued by {issuer}, valid until {date}.</source>
        <translation>Certificato per {host} emesso da {issuer}, valido fino al {date}.</translation>
    </message>
    <message>
        <source>Certificate for {host} issued by {issuer}.</source>
        <translation>Certificato per {host} emesso da {issuer}.</translation>
    </message>
    <message>
        <source>The secure (TLS) handshake with {host} failed ({why}).</source>
        <translation>La negoziazione sicura (TLS) con {host} non è riuscita ({why}).</translation>
    </message>
    <message>
        <source>Check that Home Assistant (or the proxy in front of it) is running and reachable from the internet at this address.</source>
        <translation>Verifica che Home Assistant (o il proxy davanti a esso) sia in funzione e raggiungibile da Internet a questo indirizzo.</translation>
    </message>
    <message>
        <source>The server closed or reset the connection without answering the HEAD request.</source>
        <translation>Il server ha chiuso o reimpostato la connessione senza rispondere alla richiesta HEAD.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not HTTP ({why}).</source>
        <translation>La risposta del server non è HTTP ({why}).</translation>
    </message>
    <message>
        <source>The HEAD request got no answer ({why}).</source>
        <translation>La richiesta HEAD non ha avuto risposta ({why}).</translation>
    </message>
    <message>
        <source>Answered HEAD with HTTP {status} (any answer will do for Withings).</source>
        <translation>Ha risposto a HEAD con HTTP {status} (a Withings va bene qualsiasi risposta).</translation>
    </message>
    <message>
        <source>no answer within {seconds} s</source>
        <translation>nessuna risposta entro {seconds} s</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connessione rifiutata</translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation>connessione reimpostata</translation>
    </message>
</context>
<context>
    <name>core.callback_url</name>
    <message>
        <source>Use the domain name Home Assistant is reachable at from the internet (Home Assistant Cloud, or your own domain), not an address of your home network.</source>
        <translation>Usa il nome di dominio con cui Home Assistant è raggiungibile da Internet (Home Assistant Cloud o il tuo dominio), non un indirizzo della tua rete domestica.</translation>
    </message>
    <message>
        <source>Enter your Home Assistant Cloud address or your own domain.</source>
        <translation>Inserisci il tuo indirizzo Home Assistant Cloud o il tuo dominio.</translation>
    </message>
    <message>
        <source>Enter the callback URL.</source>
        <translation>Inserisci l&apos;URL di callback.</translation>
    </message>
    <message>
        <source>{value!r} is not a web address or domain name; it looks like https://ha.example.com.</source>
        <translation>{value!r} non è un indirizzo web né un nome di dominio; ha questo aspetto: https://ha.example.com.</translation>
    </message>
    <message>
        <source>The port in {value!r} is not a number from 1 to 65535.</source>
        <translation>La porta in {value!r} non è un numero da 1 a 65535.</translation>
    </message>
    <message>
        <source>That is not a Home Assistant Cloud address; it looks like https://abcdef1234567890.ui.nabu.casa (Home Assistant → Settings → Home Assistant Cloud → Remote control).</source>
        <translation>Questo non è un indirizzo Home Assistant Cloud; ha questo aspetto: https://abcdef1234567890.ui.nabu.casa (Home Assistant → Impostazioni → Home Assistant Cloud → Controllo remoto).</translation>
    </message>
    <message>
        <source>{value!r} has spaces in it; a web address has none.</source>
        <translation>{value!r} contiene spazi; un indirizzo web non ne ha.</translation>
    </message>
    <message>
        <source>{value!r} is not a web address (it starts with {scheme}://, not https://).</source>
        <translation>{value!r} non è un indirizzo web (inizia con {scheme}://, non con https://).</translation>
    </message>
    <message>
        <source>{value!r} is not a web address.</source>
        <translation>{value!r} non è un indirizzo web.</translation>
    </message>
    <message>
        <source>Use {url}.</source>
        <translation>Usa {url}.</translation>
    </message>
    <message>
        <source>Uses https.</source>
        <translation>Usa https.</translation>
    </message>
    <message>
        <source>Withings only accepts https callback URLs (this one is {what}).</source>
        <translation>Withings accetta solo URL di callback https (questo è {what}).</translation>
    </message>
    <message>
        <source>not a full web address</source>
        <translation>non un indirizzo web completo</translation>
    </message>
    <message>
        <source>Reach Home Assistant over https: Home Assistant Cloud (Nabu Casa), or a certificate for your domain (e.g. the Let&apos;s Encrypt add-on).</source>
        <translation>Raggiungi Home Assistant in https: Home Assistant Cloud (Nabu Casa), oppure un certificato per il tuo dominio (ad es. il componente Let&apos;s Encrypt).</translation>
    </message>
    <message>
        <source>at most 255 characters</source>
        <translation>al massimo 255 caratteri</translation>
    </message>
    <message>
        <source>{length} characters.</source>
        <translation>{length} caratteri.</translation>
    </message>
    <message>
        <source>The URL is {length} characters; Withings allows {limit}.</source>
        <translation>L&apos;URL è di {length} caratteri; Withings ne consente {limit}.</translation>
    </message>
    <message>
        <source>Use a shorter domain name.</source>
        <translation>Usa un nome di dominio più corto.</translation>
    </message>
    <message>
        <source>no user name or password</source>
        <translation>nessun nome utente o password</translation>
    </message>
    <message>
        <source>No user name or password.</source>
        <translation>Nessun nome utente o password.</translation>
    </message>
    <message>
        <source>Remove the &apos;user:password@&apos; part: Withings refuses credentials in the URL.</source>
        <translation>Rimuovi la parte «user:password@»: Withings rifiuta le credenziali nell&apos;URL.</translation>
    </message>
    <message>
        <source>no query or fragment</source>
        <translation>nessuna query o frammento</translation>
    </message>
    <message>
        <source>No &apos;?…&apos; or &apos;#…&apos; part.</source>
        <translation>Nessuna parte «?…» o «#…».</translation>
    </message>
    <message>
        <source>Remove the &apos;?…&apos; or &apos;#…&apos; part: Withings compares the URL exactly and adds its own query.</source>
        <translation>Rimuovi la parte «?…» o «#…»: Withings confronta l&apos;URL esattamente e aggiunge una propria query.</translation>
    </message>
    <message>
        <source>Home Assistant&apos;s callback path</source>
        <translation>il percorso di callback di Home Assistant</translation>
    </message>
    <message>
        <source>Ends in {path}.</source>
        <translation>Termina con {path}.</translation>
    </message>
    <message>
        <source>Home Assistant receives the login at {path}; this URL has {this}.</source>
        <translation>Home Assistant riceve l&apos;accesso su {path}; questo URL ha {this}.</translation>
    </message>
    <message>
        <source>Use {url}, unless something other than Home Assistant receives the login.</source>
        <translation>Usa {url}, a meno che l&apos;accesso non lo riceva qualcosa di diverso da Home Assistant.</translation>
    </message>
    <message>
        <source>a fully qualified domain name</source>
        <translation>un nome di dominio completo</translation>
    </message>
    <message>
        <source>The URL has no domain name.</source>
        <translation>L&apos;URL non ha un nome di dominio.</translation>
    </message>
    <message>
        <source>{host} is an IP address; Withings needs a domain name.</source>
        <translation>{host} è un indirizzo IP; Withings richiede un nome di dominio.</translation>
    </message>
    <message>
        <source>{host} ends with a dot; Withings compares the URL exactly.</source>
        <translation>{host} termina con un punto; Withings confronta l&apos;URL esattamente.</translation>
    </message>
    <message>
        <source>Remove the trailing dot.</source>
        <translation>Rimuovi il punto finale.</translation>
    </message>
    <message>
        <source>{host!r} is not a valid domain name (letters, digits and &apos;-&apos; between dots).</source>
        <translation>{host!r} non è un nome di dominio valido (lettere, cifre e «-» tra i punti).</translation>
    </message>
    <message>
        <source>{host} only exists on your own network; Withings cannot reach it.</source>
        <translation>{host} esiste solo nella tua rete; Withings non può raggiungerlo.</translation>
    </message>
    <message>
        <source>{host} is not a fully qualified domain name (it has no dot).</source>
        <translation>{host} non è un nome di dominio completo (non ha un punto).</translation>
    </message>
    <message>
        <source>{host} is not a valid domain name (it does not end in a top-level domain such as .com).</source>
        <translation>{host} non è un nome di dominio valido (non termina con un dominio di primo livello come .com).</translation>
    </message>
    <message>
        <source>{host} is a fully qualified domain name.</source>
        <translation>{host} è un nome di dominio completo.</translation>
    </message>
    <message>
        <source>the default https port</source>
        <translation>la porta https predefinita</translation>
    </message>
    <message>
        <source>The port is not a number from 1 to 65535.</source>
        <translation>La porta non è un numero da 1 a 65535.</translation>
    </message>
    <message>
        <source>Remove the port.</source>
        <translation>Rimuovi la porta.</translation>
    </message>
    <message>
        <source>Default port.</source>
        <translation>Porta predefinita.</translation>
    </message>
    <message>
        <source>Withings only accepts the default port (443); this URL uses {port}.</source>
        <translation>Withings accetta solo la porta predefinita (443); questo URL usa {port}.</translation>
    </message>
    <message>
        <source>Forward port 443 of your router to Home Assistant and remove the port from the URL, or use Home Assistant Cloud (Nabu Casa).</source>
        <translation>Inoltra la porta 443 del router a Home Assistant e rimuovi la porta dall&apos;URL, oppure usa Home Assistant Cloud (Nabu Casa).</translation>
    </message>
</context>
<context>
    <name>core.catalog</name>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altezza</translation>
    </message>
    <message>
        <source>Fat-free mass</source>
        <translation>Massa magra</translation>
    </message>
    <message>
        <source>Fat ratio</source>
        <translation>Percentuale di grasso</translation>
    </message>
    <message>
        <source>Fat mass</source>
        <translation>Massa grassa</translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation>Pressione diastolica</translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation>Pressione sistolica</translation>
    </message>
    <message>
        <source>Heart pulse</source>
        <translation>Battito cardiaco</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Body temperature</source>
        <translation>Temperatura corporea</translation>
    </message>
    <message>
        <source>Skin temperature</source>
        <translation>Temperatura cutanea</translation>
    </message>
    <message>
        <source>Muscle mass</source>
        <translation>Massa muscolare</translation>
    </message>
    <message>
        <source>Hydration</source>
        <translation>Idratazione</translation>
    </message>
    <message>
        <source>Bone mass</source>
        <translation>Massa ossea</translation>
    </message>
    <message>
        <source>Pulse wave velocity</source>
        <translation>Velocità dell&apos;onda di polso</translation>
    </message>
    <message>
        <source>VO2 max</source>
        <translation>VO2 max</translation>
    </message>
    <message>
        <source>Vascular age</source>
        <translation>Età vascolare</translation>
    </message>
    <message>
        <source>Extracellular water</source>
        <translation>Acqua extracellulare</translation>
    </message>
    <message>
        <source>Intracellular water</source>
        <translation>Acqua intracellulare</translation>
    </message>
    <message>
        <source>Visceral fat</source>
        <translation>Grasso viscerale</translation>
    </message>
    <message>
        <source>Basal metabolic rate</source>
        <translation>Metabolismo basale</translation>
    </message>
    <message>
        <source>Metabolic age</source>
        <translation>Età metabolica</translation>
    </message>
    <message>
        <source>Electrodermal activity feet</source>
        <translation>Attività elettrodermica piedi</translation>
    </message>
    <message>
        <source>Electrodermal activity left foot</source>
        <translation>Attività elettrodermica piede sinistro</translation>
    </message>
    <message>
        <source>Electrodermal activity right foot</source>
        <translation>Attività elettrodermica piede destro</translation>
    </message>
    <message>
        <source>Electrochemical skin conductance</source>
        <translation>Conduttanza elettrochimica della pelle</translation>
    </message>
    <message>
        <source>Nerve health score feet</source>
        <translation>Punteggio salute nervosa piedi</translation>
    </message>
    <message>
        <source>Nerve health score left foot</source>
        <translation>Punteggio salute nervosa piede sinistro</translation>
    </message>
    <message>
        <source>Nerve health score right foot</source>
        <translation>Punteggio salute nervosa piede destro</translation>
    </message>
    <message>
        <source>torso</source>
        <translation>tronco</translation>
    </message>
    <message>
        <source>left arm</source>
        <translation>braccio sinistro</translation>
    </message>
    <message>
        <source>right arm</source>
        <translation>braccio destro</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>gamba sinistra</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>gamba destra</translation>
    </message>
    <message>
        <source>{measure} {segment}</source>
        <translation>{measure} {segment}</translation>
    </message>
    <message>
        <source>Deep sleep</source>
        <translation>Sonno profondo</translation>
    </message>
    <message>
        <source>Light sleep</source>
        <translation>Sonno leggero</translation>
    </message>
    <message>
        <source>REM sleep</source>
        <translation>Sonno REM</translation>
    </message>
    <message>
        <source>Awake during sleep</source>
        <translation>Sveglio durante il sonno</translation>
    </message>
    <message>
        <source>Time to sleep</source>
        <translation>Tempo per addormentarsi</translation>
    </message>
    <message>
        <source>Time to wake up</source>
        <translation>Tempo per alzarsi</translation>
    </message>
    <message>
        <source>Total sleep</source>
        <translation>Sonno totale</translation>
    </message>
    <message>
        <source>Wake-ups</source>
        <translation>Risvegli</translation>
    </message>
    <message>
        <source>Sleep heart rate average</source>
        <translation>Frequenza cardiaca media nel sonno</translation>
    </message>
    <message>
        <source>Sleep heart rate minimum</source>
        <translation>Frequenza cardiaca minima nel sonno</translation>
    </message>
    <message>
        <source>Sleep heart rate maximum</source>
        <translation>Frequenza cardiaca massima nel sonno</translation>
    </message>
    <message>
        <source>Sleep breathing rate average</source>
        <translation>Frequenza respiratoria media nel sonno</translation>
    </message>
    <message>
        <source>Sleep breathing rate minimum</source>
        <translation>Frequenza respiratoria minima nel sonno</translation>
    </message>
    <message>
        <source>Sleep breathing rate maximum</source>
        <translation>Frequenza respiratoria massima nel sonno</translation>
    </message>
    <message>
        <source>Sleep score</source>
        <translation>Punteggio del sonno</translation>
    </message>
    <message>
        <source>Snoring</source>
        <translation>Russamento</translation>
    </message>
    <message>
        <source>Snoring episodes</source>
        <translation>Episodi di russamento</translation>
    </message>
    <message>
        <source>Breathing disturbances</source>
        <translation>Disturbi respiratori</translation>
    </message>
    <message>
        <source>Steps today</source>
        <translation>Passi oggi</translation>
    </message>
    <message>
        <source>Distance today</source>
        <translation>Distanza oggi</translation>
    </message>
    <message>
        <source>Elevation today</source>
        <translation>Dislivello oggi</translation>
    </message>
    <message>
        <source>Active time today</source>
        <translation>Tempo attivo oggi</translation>
    </message>
    <message>
        <source>Light activity today</source>
        <translation>Attività leggera oggi</translation>
    </message>
    <message>
        <source>Moderate activity today</source>
        <translation>Attività moderata oggi</translation>
    </message>
    <message>
        <source>Intense activity today</source>
        <translation>Attività intensa oggi</translation>
    </message>
    <message>
        <source>Active calories today</source>
        <translation>Calorie attive oggi</translation>
    </message>
    <message>
        <source>Total calories today</source>
        <translation>Calorie totali oggi</translation>
    </message>
    <message>
        <source>Step goal</source>
        <translation>Obiettivo di passi</translation>
    </message>
    <message>
        <source>Sleep goal</source>
        <translation>Obiettivo di sonno</translation>
    </message>
    <message>
        <source>Weight goal</source>
        <translation>Obiettivo di peso</translation>
    </message>
    <message>
        <source>Last workout type</source>
        <translation>Tipo dell&apos;ultimo allenamento</translation>
    </message>
    <message>
        <source>Last workout active calories</source>
        <translation>Calorie attive dell&apos;ultimo allenamento</translation>
    </message>
    <message>
        <source>Last workout distance</source>
        <translation>Distanza dell&apos;ultimo allenamento</translation>
    </message>
    <message>
        <source>Last workout elevation</source>
        <translation>Dislivello dell&apos;ultimo allenamento</translation>
    </message>
    <message>
        <source>Last workout intensity</source>
        <translation>Intensità dell&apos;ultimo allenamento</translation>
    </message>
    <message>
        <source>Last workout pause</source>
        <translation>Pausa dell&apos;ultimo allenamento</translation>
    </message>
    <message>
        <source>Last workout duration</source>
        <translation>Durata dell&apos;ultimo allenamento</translation>
    </message>
    <message>
        <source>Last ECG classification</source>
        <translation>Classificazione dell&apos;ultimo ECG</translation>
    </message>
    <message>
        <source>Last ECG</source>
        <translation>Ultimo ECG</translation>
    </message>
    <message>
        <source>{model} battery</source>
        <translation>Batteria {model}</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sonno</translation>
    </message>
    <message>
        <source>Activity (steps, calories)</source>
        <translation>Attività (passi, calorie)</translation>
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
        <translation>atteso un oggetto JSON, trovato {kind}</translation>
    </message>
    <message>
        <source>written by another version of withings-gui (config version {version}, this one reads {supported})</source>
        <translation>scritto da un&apos;altra versione di withings-gui (versione di configurazione {version}, questa legge {supported})</translation>
    </message>
    <message>
        <source>profiles must be an object of profile objects, e.g. {example}</source>
        <translation>profiles deve essere un oggetto di oggetti profilo, ad es. {example}</translation>
    </message>
    <message>
        <source>unexpected content in profile {profile} (unknown setting {setting})</source>
        <translation>contenuto inatteso nel profilo {profile} (impostazione sconosciuta {setting})</translation>
    </message>
    <message>
        <source>profile {profile} has no slug</source>
        <translation>il profilo {profile} non ha uno slug</translation>
    </message>
    <message>
        <source>profiles must be an object</source>
        <translation>profiles deve essere un oggetto</translation>
    </message>
    <message>
        <source>push_webhook_id must be 16 to 64 letters, digits, &apos;-&apos; or &apos;_&apos; (remove it to get a new one)</source>
        <translation>push_webhook_id deve avere da 16 a 64 lettere, cifre, &apos;-&apos; o &apos;_&apos; (rimuovilo per ottenerne uno nuovo)</translation>
    </message>
    <message>
        <source>interval_minutes must be a whole number from {low} to {high}</source>
        <translation>interval_minutes deve essere un numero intero da {low} a {high}</translation>
    </message>
    <message>
        <source>language must be one of {languages} or &quot;&quot; (the system&apos;s)</source>
        <translation>language deve essere una tra {languages} o &quot;&quot; (quella del sistema)</translation>
    </message>
    <message>
        <source>profile {profile}: not a valid profile slug (lowercase letters, digits and &apos;_&apos;, starting with a letter, e.g. alice or bob_smith)</source>
        <translation>profilo {profile}: slug di profilo non valido (lettere minuscole, cifre e &apos;_&apos;, iniziando con una lettera, ad es. alice o bob_smith)</translation>
    </message>
    <message>
        <source>profile {profile}: {problem}</source>
        <translation>profilo {profile}: {problem}</translation>
    </message>
    <message>
        <source>profile {profile}: unit must be one of {units}</source>
        <translation>profilo {profile}: unit deve essere una tra {units}</translation>
    </message>
    <message>
        <source>{name} must be text</source>
        <translation>{name} deve essere testo</translation>
    </message>
    <message>
        <source>{name} must be true or false</source>
        <translation>{name} deve essere true o false</translation>
    </message>
    <message>
        <source>{name} must be a whole number</source>
        <translation>{name} deve essere un numero intero</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>non può essere letto ({reason})</translation>
    </message>
    <message>
        <source>is not UTF-8 text; fix or remove the file</source>
        <translation>non è testo UTF-8; correggi o elimina il file</translation>
    </message>
    <message>
        <source>is not valid JSON (line {line}, column {column}); fix or remove the file</source>
        <translation>non è JSON valido (riga {line}, colonna {column}); correggi o elimina il file</translation>
    </message>
    <message>
        <source>is nested too deeply to be settings; fix or remove the file</source>
        <translation>è annidato troppo in profondità per essere impostazioni; correggi o elimina il file</translation>
    </message>
    <message>
        <source>holds a number too long to read; fix or remove the file</source>
        <translation>contiene un numero troppo lungo da leggere; correggi o elimina il file</translation>
    </message>
    <message>
        <source>could not be saved ({reason}); the previous settings are unchanged</source>
        <translation>non è stato possibile salvarlo ({reason}); le impostazioni precedenti sono invariate</translation>
    </message>
    <message>
        <source>is locked by another process</source>
        <translation>è bloccato da un altro processo</translation>
    </message>
    <message>
        <source>could not be locked for saving ({reason}); the settings are unchanged</source>
        <translation>non è stato possibile bloccarlo per il salvataggio ({reason}); le impostazioni sono invariate</translation>
    </message>
</context>
<context>
    <name>core.database</name>
    <message>
        <source>The history database {file} is damaged or belongs to another program ({reason}). Move it aside (rename it) and start again: a new one is made and the history is downloaded again from Withings.</source>
        <translation>Il database della cronologia {file} è danneggiato o appartiene a un altro programma ({reason}). Rinominalo e ricomincia: ne viene creato uno nuovo e la cronologia viene scaricata di nuovo da Withings.</translation>
    </message>
    <message>
        <source>The history database {file} could not be written ({reason}). Check that the disk is not full and the folder is writable; nothing was lost.</source>
        <translation>Impossibile scrivere il database della cronologia {file} ({reason}). Controlla che il disco non sia pieno e che la cartella sia scrivibile; non si è perso nulla.</translation>
    </message>
    <message>
        <source>The history database {file} was written by a newer withings-gui (schema {version}); update this one, or move the file aside to start a new history (it is downloaded again from Withings).</source>
        <translation>Il database della cronologia {file} è stato scritto da un withings-gui più recente (schema {version}); aggiorna questo, oppure rinomina il file per iniziare una nuova cronologia (viene scaricata di nuovo da Withings).</translation>
    </message>
</context>
<context>
    <name>core.dates</name>
    <message>
        <source>Jan</source>
        <translation>gen</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mag</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>giu</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>lug</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>set</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>ott</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <source>(date unknown)</source>
        <translation>(data sconosciuta)</translation>
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
        <translation>Impostazioni lette da {file}</translation>
    </message>
    <message>
        <source>Withings app and profiles are set up</source>
        <translation>App Withings e profili configurati</translation>
    </message>
    <message>
        <source>Nothing configured yet: run `withings-gui setup`</source>
        <translation>Ancora nulla di configurato: esegui `withings-gui setup`</translation>
    </message>
    <message>
        <source>Secrets are kept in {backend}</source>
        <translation>I segreti sono conservati in {backend}</translation>
    </message>
    <message>
        <source>History readable in {file}</source>
        <translation>Cronologia leggibile in {file}</translation>
    </message>
    <message>
        <source>No Home Assistant configured</source>
        <translation>Nessun Home Assistant configurato</translation>
    </message>
    <message>
        <source>No Home Assistant token saved; run setup again</source>
        <translation>Nessun token di Home Assistant salvato; ripeti la configurazione</translation>
    </message>
    <message>
        <source>Home Assistant {version} ({location}) accepts the token</source>
        <translation>Home Assistant {version} ({location}) accetta il token</translation>
    </message>
    <message>
        <source>Home Assistant holds every sensor this app registered there</source>
        <translation>Home Assistant ha ogni sensore che questa app vi ha registrato</translation>
    </message>
    <message>
        <source>The Withings Consumer Secret is not saved</source>
        <translation>Il Consumer Secret di Withings non è salvato</translation>
    </message>
    <message>
        <source>Profile &apos;{profile}&apos; is not logged in to Withings: run `withings-gui login --profile {profile}`</source>
        <translation>Il profilo &apos;{profile}&apos; non ha effettuato l&apos;accesso a Withings: esegui `withings-gui login --profile {profile}`</translation>
    </message>
    <message>
        <source>Withings login of &apos;{profile}&apos; works (1 device)</source>
        <translation>L&apos;accesso Withings di &apos;{profile}&apos; funziona (1 dispositivo)</translation>
    </message>
    <message>
        <source>Withings login of &apos;{profile}&apos; works ({count} devices)</source>
        <translation>L&apos;accesso Withings di &apos;{profile}&apos; funziona ({count} dispositivi)</translation>
    </message>
    <message>
        <source>Not checked: {why}</source>
        <translation>Non verificato: {why}</translation>
    </message>
    <message>
        <source>No devices of &apos;{profile}&apos; known yet: after a sync, this tells which measures they could give but did not send</source>
        <translation>Nessun dispositivo di &apos;{profile}&apos; ancora noto: dopo una sincronizzazione, qui si dice quali misure potrebbero dare ma non hanno inviato</translation>
    </message>
    <message>
        <source>Every measure the devices of this account give has arrived</source>
        <translation>Ogni misura che danno i dispositivi di questo account è arrivata</translation>
    </message>
</context>
<context>
    <name>core.hass</name>
    <message>
        <source>Home Assistant refused the access token (401): it is wrong or was revoked. Create a new long-lived access token in Home Assistant under your profile → Security → Long-lived access tokens, and enter it here.</source>
        <translation>Home Assistant ha rifiutato il token di accesso (401): è sbagliato o è stato revocato. Crea un nuovo token di accesso a lunga durata in Home Assistant nel tuo profilo → Sicurezza → Token di accesso a lunga durata, e inseriscilo qui.</translation>
    </message>
    <message>
        <source>Home Assistant refused this request (403): the token must belong to an administrator, and this computer must not be banned (ip_bans.yaml) after failed logins.</source>
        <translation>Home Assistant ha rifiutato questa richiesta (403): il token deve appartenere a un amministratore, e questo computer non deve essere bloccato (ip_bans.yaml) dopo accessi falliti.</translation>
    </message>
    <message>
        <source>The secure connection to {url} failed: {reason}.</source>
        <translation>La connessione sicura a {url} non è riuscita: {reason}.</translation>
    </message>
    <message>
        <source>Use the address your certificate was issued for, or http:// with the local address on your home network.</source>
        <translation>Usa l&apos;indirizzo per cui è stato emesso il certificato, oppure http:// con l&apos;indirizzo locale della rete di casa.</translation>
    </message>
    <message>
        <source>The name in {url} could not be found (DNS). Check the spelling, or use the IP address of your Home Assistant.</source>
        <translation>Il nome in {url} non è stato trovato (DNS). Controlla come è scritto, oppure usa l&apos;indirizzo IP del tuo Home Assistant.</translation>
    </message>
    <message>
        <source>Nothing answers at {url} (connection refused). Is Home Assistant running, and is the port right (usually 8123)?</source>
        <translation>Nessuno risponde a {url} (connessione rifiutata). Home Assistant è in funzione, e la porta è giusta (di solito 8123)?</translation>
    </message>
    <message>
        <source>{url} broke off its answer halfway; values wait and are sent when Home Assistant answers normally.</source>
        <translation>{url} ha interrotto la risposta a metà; i valori attendono e vengono inviati quando Home Assistant risponde normalmente.</translation>
    </message>
    <message>
        <source>{url} did not answer in time. Check the address and that this computer can reach Home Assistant.</source>
        <translation>{url} non ha risposto in tempo. Controlla l&apos;indirizzo e che questo computer raggiunga Home Assistant.</translation>
    </message>
    <message>
        <source>Could not talk to {url} ({error}); check that Home Assistant is running and reachable from this computer.</source>
        <translation>Impossibile comunicare con {url} ({error}); controlla che Home Assistant sia in funzione e raggiungibile da questo computer.</translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint is {fingerprint}.</source>
        <translation>La sua impronta SHA-256 è {fingerprint}.</translation>
    </message>
    <message>
        <source>If it is your Home Assistant&apos;s own certificate (compare the fingerprint), choose its file with “Trust certificate file…” or `withings-gui configure --ha-ca-file FILE`; or use http:// with the local address.</source>
        <translation>Se è il certificato del tuo Home Assistant (confronta l&apos;impronta), scegli il suo file con «Considera attendibile il file del certificato…» o `withings-gui configure --ha-ca-file FILE`; oppure usa http:// con l&apos;indirizzo locale.</translation>
    </message>
    <message>
        <source>its certificate has expired</source>
        <translation>il suo certificato è scaduto</translation>
    </message>
    <message>
        <source>its certificate is for another name</source>
        <translation>il suo certificato è per un altro nome</translation>
    </message>
    <message>
        <source>its certificate is self-signed, so not trusted</source>
        <translation>il suo certificato è autofirmato, quindi non attendibile</translation>
    </message>
    <message>
        <source>it does not speak https on that port (try http://)</source>
        <translation>su quella porta non parla https (prova http://)</translation>
    </message>
    <message>
        <source>its certificate is not issued by a known authority, so not trusted</source>
        <translation>il suo certificato non è emesso da un&apos;autorità nota, quindi non attendibile</translation>
    </message>
    <message>
        <source>Home Assistant no longer has this app&apos;s registration (the Mobile App entry &quot;Withings&quot; was deleted), so it shows none of its sensors; the next sync (`withings-gui sync --once`) registers them again.</source>
        <translation>Home Assistant non ha più la registrazione di questa app (la voce Mobile App «Withings» è stata eliminata), quindi non mostra nessuno dei suoi sensori; la prossima sincronizzazione (`withings-gui sync --once`) li registra di nuovo.</translation>
    </message>
    <message>
        <source>{count} sensor(s) were deleted in Home Assistant ({entities}); the next sync (`withings-gui sync --once`) registers them again.</source>
        <translation>{count} sensore/i eliminato/i in Home Assistant ({entities}); la prossima sincronizzazione (`withings-gui sync --once`) li registra di nuovo.</translation>
    </message>
    <message>
        <source>Home Assistant rejected the sensor {entity}: it refused the registration (its log says why).</source>
        <translation>Home Assistant ha respinto il sensore {entity}: ha rifiutato la registrazione (il suo registro dice perché).</translation>
    </message>
    <message>
        <source>Home Assistant does not keep the sensor {entity} registered.</source>
        <translation>Home Assistant non mantiene registrato il sensore {entity}.</translation>
    </message>
    <message>
        <source>Home Assistant refused a value of {entity} ({reason}).</source>
        <translation>Home Assistant ha rifiutato un valore di {entity} ({reason}).</translation>
    </message>
    <message>
        <source>Home Assistant did not confirm {entities}; the values wait and are sent again next time.</source>
        <translation>Home Assistant non ha confermato {entities}; i valori attendono e vengono inviati di nuovo la prossima volta.</translation>
    </message>
    <message>
        <source>{url} did not finish answering within {seconds} s (it answers too slowly). Values wait and are sent when it answers normally.</source>
        <translation>{url} non ha finito di rispondere entro {seconds} s (risponde troppo lentamente). I valori attendono e vengono inviati quando risponde normalmente.</translation>
    </message>
    <message>
        <source>{url} answered, but /api/{path} does not exist there: this is not Home Assistant (or its api: integration is off). Enter the address you open Home Assistant with.</source>
        <translation>{url} ha risposto, ma /api/{path} lì non esiste: non è Home Assistant (o la sua integrazione api: è disattivata). Inserisci l&apos;indirizzo con cui apri Home Assistant.</translation>
    </message>
    <message>
        <source>{url} did not answer within {seconds} s. Check the address and that this computer can reach Home Assistant.</source>
        <translation>{url} non ha risposto entro {seconds} s. Controlla l&apos;indirizzo e che questo computer raggiunga Home Assistant.</translation>
    </message>
    <message>
        <source>{url} answered with something that is not Home Assistant&apos;s API. Enter the address you open Home Assistant with.</source>
        <translation>{url} ha risposto con qualcosa che non è l&apos;API di Home Assistant. Inserisci l&apos;indirizzo con cui apri Home Assistant.</translation>
    </message>
    <message>
        <source>{url} answered, but not like Home Assistant.</source>
        <translation>{url} ha risposto, ma non come Home Assistant.</translation>
    </message>
    <message>
        <source>Home Assistant is not ready ({state}); values wait and are sent when it is.</source>
        <translation>Home Assistant non è pronto ({state}); i valori attendono e vengono inviati quando lo sarà.</translation>
    </message>
    <message>
        <source>{url} answered 404: this is not Home Assistant&apos;s API.</source>
        <translation>{url} ha risposto 404: non è l&apos;API di Home Assistant.</translation>
    </message>
    <message>
        <source>Home Assistant answered HTTP {status}: it is starting, restarting or in trouble. Values wait and are sent when it answers again.</source>
        <translation>Home Assistant ha risposto HTTP {status}: si sta avviando, riavviando o ha problemi. I valori attendono e vengono inviati quando risponde di nuovo.</translation>
    </message>
    <message>
        <source>Home Assistant answered unexpectedly (HTTP {status}).</source>
        <translation>Home Assistant ha risposto in modo inatteso (HTTP {status}).</translation>
    </message>
    <message>
        <source>{url} answered its websocket, but not like Home Assistant.</source>
        <translation>{url} ha risposto sul suo websocket, ma non come Home Assistant.</translation>
    </message>
    <message>
        <source>Home Assistant answered HTTP {status} on its websocket: it is starting, restarting or in trouble.</source>
        <translation>Home Assistant ha risposto HTTP {status} sul suo websocket: si sta avviando, riavviando o ha problemi.</translation>
    </message>
</context>
<context>
    <name>core.hass.naming</name>
    <message>
        <source>Profile {profile} cannot be used: its entity {entity} would be the same as one of profile {other}; choose another name.</source>
        <translation>Il profilo {profile} non può essere usato: la sua entità {entity} sarebbe uguale a una del profilo {other}; scegli un altro nome.</translation>
    </message>
</context>
<context>
    <name>core.login</name>
    <message>
        <source>The profile {profile} already belongs to another Withings account (user {owner}); this login was made with Withings user {userid}</source>
        <translation>Il profilo {profile} appartiene già a un altro account Withings (utente {owner}); questo accesso è stato fatto con l&apos;utente Withings {userid}</translation>
    </message>
    <message>
        <source>The Withings Client Id and callback URL are not configured; run `withings-gui configure` or the setup wizard first.</source>
        <translation>Client Id e URL di callback di Withings non sono configurati; esegui prima `withings-gui configure` o la procedura guidata.</translation>
    </message>
    <message>
        <source>The Withings Consumer Secret is not saved; run `withings-gui configure` or the setup wizard again.</source>
        <translation>Il Consumer Secret di Withings non è salvato; esegui di nuovo `withings-gui configure` o la procedura guidata.</translation>
    </message>
    <message>
        <source>{conflict}. Nothing was changed.</source>
        <translation>{conflict}. Non è stato modificato nulla.</translation>
    </message>
</context>
<context>
    <name>core.messages</name>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} e {last}</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} o {last}</translation>
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
        <translation>il punteggio di salute nervosa potrebbe non essere offerto in ogni paese (Withings non pubblica dove)</translation>
    </message>
    <message>
        <source>Withings offers pulse wave velocity only in some countries (withdrawn in 2018, back in Europe first in 2019)</source>
        <translation>Withings offre la velocità dell&apos;onda di polso solo in alcuni paesi (ritirata nel 2018, tornata prima in Europa nel 2019)</translation>
    </message>
    <message>
        <source>Withings offers vascular age only in some countries, like pulse wave velocity</source>
        <translation>Withings offre l&apos;età vascolare solo in alcuni paesi, come la velocità dell&apos;onda di polso</translation>
    </message>
    <message>
        <source>{measures}: nothing has arrived from your {devices} yet (a first sync, or a device not used since it was added).</source>
        <translation>{measures}: dal tuo {devices} non è ancora arrivato nulla (una prima sincronizzazione, o un dispositivo non usato da quando è stato aggiunto).</translation>
    </message>
    <message>
        <source>No device on this account measures {measures}.</source>
        <translation>Nessun dispositivo di questo account misura: {measures}.</translation>
    </message>
    <message>
        <source>{measure}: not sent for {days} (the last on {date}); is your {devices} still in use?</source>
        <translation>{measure}: non inviato da {days} (l&apos;ultimo il {date}); il tuo {devices} è ancora in uso?</translation>
    </message>
    <message>
        <source>{measure}: your {devices} sent {count} readings, none with it. It is most likely hidden in the Withings app (Withings then leaves it out of what apps receive too): show it there again; or {limit}.</source>
        <translation>{measure}: il tuo {devices} ha inviato {count} misurazioni, nessuna con questo valore. Molto probabilmente è nascosto nell&apos;app Withings (Withings allora lo omette anche da ciò che ricevono le app): mostralo di nuovo lì; oppure {limit}.</translation>
    </message>
    <message>
        <source>{measure}: your {devices} sent {count} readings, none with it. It is most likely hidden in the Withings app (Withings then leaves it out of what apps receive too): show it there again.</source>
        <translation>{measure}: il tuo {devices} ha inviato {count} misurazioni, nessuna con questo valore. Molto probabilmente è nascosto nell&apos;app Withings (Withings allora lo omette anche da ciò che ricevono le app): mostralo di nuovo lì.</translation>
    </message>
    <message>
        <source>{measure}: not sent for {days} (the last on {date}) while your {devices} sent {count} readings without it: it may have been hidden in the Withings app since.</source>
        <translation>{measure}: non inviato da {days} (l&apos;ultimo il {date}) mentre il tuo {devices} ha inviato {count} misurazioni senza: forse nel frattempo è stato nascosto nell&apos;app Withings.</translation>
    </message>
    <message>
        <source>1 weigh-in (on {date}) waits to be assigned to a person in the Withings app; until then Withings does not send them as yours, and the newest {measures} is among them.</source>
        <translation>1 pesata (il {date}) attende di essere assegnata a una persona nell&apos;app Withings; fino ad allora Withings non la invia come tua, e il valore più recente di {measures} è tra queste.</translation>
    </message>
    <message>
        <source>1 weigh-in (on {date}) waits to be assigned to a person in the Withings app; until then Withings does not send them as yours, and the newest {measures} are among them.</source>
        <translation>1 pesata (il {date}) attende di essere assegnata a una persona nell&apos;app Withings; fino ad allora Withings non la invia come tua, e i valori più recenti di {measures} sono tra queste.</translation>
    </message>
    <message>
        <source>{count} weigh-ins (the newest on {date}) wait to be assigned to a person in the Withings app; until then Withings does not send them as yours, and the newest {measures} is among them.</source>
        <translation>{count} pesate (la più recente il {date}) attendono di essere assegnate a una persona nell&apos;app Withings; fino ad allora Withings non le invia come tue, e il valore più recente di {measures} è tra queste.</translation>
    </message>
    <message>
        <source>{count} weigh-ins (the newest on {date}) wait to be assigned to a person in the Withings app; until then Withings does not send them as yours, and the newest {measures} are among them.</source>
        <translation>{count} pesate (la più recente il {date}) attendono di essere assegnate a una persona nell&apos;app Withings; fino ad allora Withings non le invia come tue, e i valori più recenti di {measures} sono tra queste.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 giorno</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} giorni</translation>
    </message>
</context>
<context>
    <name>core.paths</name>
    <message>
        <source>files</source>
        <translation>file</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>impostazioni</translation>
    </message>
    <message>
        <source>lock files</source>
        <translation>file di blocco</translation>
    </message>
    <message>
        <source>log files</source>
        <translation>file di log</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder, but withings-gui keeps its {what} in a folder of that name: move or delete that file and start again.</source>
        <translation>{folder} è un file, non una cartella, ma withings-gui tiene i suoi {what} in una cartella con quel nome: sposta o elimina quel file e riavvia.</translation>
    </message>
    <message>
        <source>The folder {folder} for withings-gui&apos;s {what} could not be created ({reason}): check that its parent folder exists, is a folder and is writable, or choose another folder with --config-dir.</source>
        <translation>Non è stato possibile creare la cartella {folder} per i {what} di withings-gui ({reason}): controlla che la cartella superiore esista, sia una cartella e sia scrivibile, oppure scegli un&apos;altra cartella con --config-dir.</translation>
    </message>
</context>
<context>
    <name>core.profile_slug</name>
    <message>
        <source>Enter the person&apos;s name, for example Alice.</source>
        <translation>Inserisci il nome della persona, ad esempio Alice.</translation>
    </message>
    <message>
        <source>{char} has no plain Latin spelling that Home Assistant and this app would agree on; type the name in Latin letters (for example oyvind for Øyvind).</source>
        <translation>{char} non ha una grafia latina semplice su cui Home Assistant e questa app concorderebbero; scrivi il nome in lettere latine (ad esempio oyvind per Øyvind).</translation>
    </message>
    <message>
        <source>{name} has no Latin letters or digits to build an entity id from; use a name such as alice or bob_smith.</source>
        <translation>{name} non contiene lettere latine o cifre con cui formare un ID entità; usa un nome come alice o bob_smith.</translation>
    </message>
    <message>
        <source>Profile {profile} cannot be used: {problem}.</source>
        <translation>Il profilo {profile} non può essere usato: {problem}.</translation>
    </message>
    <message>
        <source>it is empty; give a name in lowercase letters, for example alice or bob_smith</source>
        <translation>è vuoto; indica un nome in lettere minuscole, ad esempio alice o bob_smith</translation>
    </message>
    <message>
        <source>{char} is not a plain Latin letter and Home Assistant would rewrite it in entity ids; write it as {plain}</source>
        <translation>{char} non è una semplice lettera latina e Home Assistant la riscriverebbe negli ID entità; scrivilo come {plain}</translation>
    </message>
    <message>
        <source>{char} is not a plain Latin letter and Home Assistant would rewrite it in entity ids; use only a–z, 0–9 and &apos;_&apos;</source>
        <translation>{char} non è una semplice lettera latina e Home Assistant la riscriverebbe negli ID entità; usa solo a–z, 0–9 e &apos;_&apos;</translation>
    </message>
    <message>
        <source>use lowercase letters only ({lower} instead)</source>
        <translation>usa solo lettere minuscole ({lower} invece)</translation>
    </message>
    <message>
        <source>{char} is not allowed; use only a–z, 0–9 and &apos;_&apos;, for example alice or bob_smith</source>
        <translation>{char} non è consentito; usa solo a–z, 0–9 e &apos;_&apos;, ad esempio alice o bob_smith</translation>
    </message>
    <message>
        <source>it starts with &apos;_&apos;, which Home Assistant drops ({left})</source>
        <translation>inizia con &apos;_&apos;, che Home Assistant elimina ({left})</translation>
    </message>
    <message>
        <source>it ends with &apos;_&apos;, which Home Assistant drops ({left})</source>
        <translation>finisce con &apos;_&apos;, che Home Assistant elimina ({left})</translation>
    </message>
    <message>
        <source>it must start with a letter, for example alice or bob_smith</source>
        <translation>deve iniziare con una lettera, ad esempio alice o bob_smith</translation>
    </message>
    <message>
        <source>Home Assistant merges &apos;__&apos; into a single &apos;_&apos; ({merged})</source>
        <translation>Home Assistant unisce &apos;__&apos; in un solo &apos;_&apos; ({merged})</translation>
    </message>
    <message>
        <source>it is {length} characters long; use at most {limit}</source>
        <translation>è lungo {length} caratteri; usane al massimo {limit}</translation>
    </message>
</context>
<context>
    <name>core.push</name>
    <message>
        <source>{value} is not a notification category this app reads (give some of {known}, separated by commas)</source>
        <translation>{value} non è una categoria di notifica letta da questa app (indicane alcune tra {known}, separate da virgole)</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>peso</translation>
    </message>
    <message>
        <source>blood pressure</source>
        <translation>pressione sanguigna</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>attività</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>sonno</translation>
    </message>
    <message>
        <source>ECG</source>
        <translation>ECG</translation>
    </message>
    <message>
        <source>subscribed to Withings notifications ({categories})</source>
        <translation>iscritto alle notifiche di Withings ({categories})</translation>
    </message>
    <message>
        <source>Withings notifications were already subscribed</source>
        <translation>le notifiche di Withings erano già attive</translation>
    </message>
    <message>
        <source>push is not set up, so there are no Withings notifications to remove</source>
        <translation>il push non è configurato, quindi non ci sono notifiche di Withings da rimuovere</translation>
    </message>
    <message>
        <source>not logged in, so its Withings notifications could not be removed</source>
        <translation>accesso non eseguito, quindi le sue notifiche di Withings non sono state rimosse</translation>
    </message>
    <message>
        <source>its Withings notifications could not be removed: {problem}</source>
        <translation>le sue notifiche di Withings non sono state rimosse: {problem}</translation>
    </message>
    <message>
        <source>it had no Withings notifications of this app</source>
        <translation>non aveva notifiche di Withings di questa app</translation>
    </message>
    <message>
        <source>removed its Withings notifications ({categories})</source>
        <translation>le sue notifiche di Withings sono state rimosse ({categories})</translation>
    </message>
    <message>
        <source>not logged in to Withings</source>
        <translation>accesso a Withings non eseguito</translation>
    </message>
    <message>
        <source>Withings notifications subscribed</source>
        <translation>notifiche di Withings attive</translation>
    </message>
    <message>
        <source>Withings notifications not subscribed (the last check failed)</source>
        <translation>notifiche di Withings non attive (l&apos;ultimo controllo non è riuscito)</translation>
    </message>
    <message>
        <source>category {number}</source>
        <translation>categoria {number}</translation>
    </message>
</context>
<context>
    <name>core.secrets</name>
    <message>
        <source>No system keyring is available, so secrets are stored in {file} (readable only by you). Install and unlock a keyring such as GNOME Keyring or KWallet to keep them encrypted.</source>
        <translation>Nessun portachiavi di sistema disponibile, quindi i segreti sono salvati in {file} (leggibile solo da te). Installa e sblocca un portachiavi come GNOME Keyring o KWallet per tenerli cifrati.</translation>
    </message>
    <message>
        <source>The keyring refused to store a secret</source>
        <translation>Il portachiavi ha rifiutato di salvare un segreto</translation>
    </message>
    <message>
        <source>The keyring could not be read</source>
        <translation>Non è stato possibile leggere il portachiavi</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}); free some disk space or make the folder writable, then try again.</source>
        <translation>Impossibile scrivere {file} ({reason}); libera spazio su disco o rendi la cartella scrivibile, poi riprova.</translation>
    </message>
    <message>
        <source>{failure} ({reason}).</source>
        <translation>{failure} ({reason}).</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}); fix or remove it and log in again.</source>
        <translation>Impossibile leggere {file} ({reason}); correggilo o rimuovilo e accedi di nuovo.</translation>
    </message>
    <message>
        <source>{file} is not a secrets file; remove it and log in again.</source>
        <translation>{file} non è un file di segreti; rimuovilo e accedi di nuovo.</translation>
    </message>
</context>
<context>
    <name>core.setup_draft</name>
    <message>
        <source>it cannot be read: {why}</source>
        <translation>non può essere letto: {why}</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>è annidato troppo in profondità</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>non è JSON valido</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>non è un oggetto JSON</translation>
    </message>
    <message>
        <source>its list of finished pages is not a list of page names</source>
        <translation>il suo elenco di pagine completate non è un elenco di nomi di pagina</translation>
    </message>
    <message>
        <source>{name} has a value of the wrong kind</source>
        <translation>{name} ha un valore del tipo sbagliato</translation>
    </message>
    <message>
        <source>{name} holds text that cannot be used</source>
        <translation>{name} contiene testo non utilizzabile</translation>
    </message>
    <message>
        <source>its choice of callback address is unknown</source>
        <translation>la sua scelta dell&apos;indirizzo di callback è sconosciuta</translation>
    </message>
    <message>
        <source>its {name} name is not a profile name</source>
        <translation>il suo nome per {name} non è un nome di profilo</translation>
    </message>
    <message>
        <source>its profile name is not a profile name</source>
        <translation>il suo nome di profilo non è un nome di profilo</translation>
    </message>
    <message>
        <source>its unit is unknown</source>
        <translation>la sua unità è sconosciuta</translation>
    </message>
    <message>
        <source>its sync interval is out of range</source>
        <translation>il suo intervallo di sincronizzazione è fuori intervallo</translation>
    </message>
    <message>
        <source>its {name} is not usable</source>
        <translation>il suo valore per {name} non è utilizzabile</translation>
    </message>
    <message>
        <source>The saved setup progress ({file}) could not be used ({why}), so setup starts from the beginning; your settings are unchanged.</source>
        <translation>Non è stato possibile usare l&apos;avanzamento salvato della configurazione ({file}) ({why}), quindi la configurazione riparte dall&apos;inizio; le tue impostazioni non sono cambiate.</translation>
    </message>
</context>
<context>
    <name>core.snippets</name>
    <message>
        <source>{value!r} has no domain name in it.</source>
        <translation>{value!r} non contiene un nome di dominio.</translation>
    </message>
</context>
<context>
    <name>core.sync</name>
    <message>
        <source>Workouts</source>
        <translation>Allenamenti</translation>
    </message>
    <message>
        <source>ECG results</source>
        <translation>Risultati ECG</translation>
    </message>
    <message>
        <source>More data is waiting at Withings: the app reads at most {pages} pages per pass to stay within Withings&apos; request limit, and goes on in the next pass.</source>
        <translation>Altri dati attendono su Withings: l&apos;app legge al massimo {pages} pagine per passaggio per restare nel limite di richieste di Withings, e continua al passaggio successivo.</translation>
    </message>
    <message>
        <source>No profile &apos;{profile}&apos;; configured: {profiles}</source>
        <translation>Nessun profilo &apos;{profile}&apos;; configurati: {profiles}</translation>
    </message>
    <message>
        <source>Withings no longer accepts this login; re-authorize from the tray menu or run `withings-gui login`.</source>
        <translation>Withings non accetta più questo accesso; autorizza di nuovo dal menu dell&apos;icona o esegui `withings-gui login`.</translation>
    </message>
    <message>
        <source>Withings did not work on the last try; trying again in {seconds} s.</source>
        <translation>Withings non ha funzionato all&apos;ultimo tentativo; nuovo tentativo tra {seconds} s.</translation>
    </message>
    <message>
        <source>Withings asked to wait; next try in {seconds} s.</source>
        <translation>Withings ha chiesto di attendere; prossimo tentativo tra {seconds} s.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sincronizzazione annullata.</translation>
    </message>
    <message>
        <source>{stream}: {why}</source>
        <translation>{stream}: {why}</translation>
    </message>
    <message>
        <source>No Home Assistant token is saved; run setup or `withings-gui configure` again.</source>
        <translation>Nessun token di Home Assistant salvato; ripeti la configurazione o `withings-gui configure`.</translation>
    </message>
    <message>
        <source>1 new measurement</source>
        <translation>1 nuova misura</translation>
    </message>
    <message>
        <source>{count} new measurements</source>
        <translation>{count} nuove misure</translation>
    </message>
    <message>
        <source>{found}; dry run, nothing sent to Home Assistant.</source>
        <translation>{found}; prova a vuoto, niente inviato a Home Assistant.</translation>
    </message>
    <message>
        <source>{found}; Home Assistant is not configured.</source>
        <translation>{found}; Home Assistant non è configurato.</translation>
    </message>
    <message>
        <source>{found}; 1 Home Assistant update.</source>
        <translation>{found}; 1 aggiornamento in Home Assistant.</translation>
    </message>
    <message>
        <source>{found}; {count} Home Assistant updates.</source>
        <translation>{found}; {count} aggiornamenti in Home Assistant.</translation>
    </message>
</context>
<context>
    <name>core.trend</name>
    <message>
        <source>{sign}{whole}.{tenth} {unit} in 7 days</source>
        <translation>{sign}{whole}.{tenth} {unit} in 7 giorni</translation>
    </message>
</context>
<context>
    <name>core.validation</name>
    <message>
        <source>callback URL</source>
        <translation>URL di callback</translation>
    </message>
    <message>
        <source>Home Assistant address</source>
        <translation>indirizzo di Home Assistant</translation>
    </message>
    <message>
        <source>address</source>
        <translation>indirizzo</translation>
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
        <translation>{label}: incollalo dalla tua app sviluppatore Withings.</translation>
    </message>
    <message>
        <source>The {label} contains spaces or line breaks; copy it again with the copy button on the Withings page.</source>
        <translation>{label}: contiene spazi o a capo; copialo di nuovo con il pulsante di copia della pagina Withings.</translation>
    </message>
    <message>
        <source>The {label} may only contain the letters a–f and digits; check that you copied the right field.</source>
        <translation>{label}: può contenere solo le lettere a–f e cifre; controlla di aver copiato il campo giusto.</translation>
    </message>
    <message>
        <source>A Withings {label} is {length} characters long; this one has {count}. Copy it again, whole.</source>
        <translation>{label}: in Withings è lungo {length} caratteri; questo ne ha {count}. Copialo di nuovo, per intero.</translation>
    </message>
    <message>
        <source>Enter the address of your Home Assistant, for example http://homeassistant.local:8123.</source>
        <translation>Inserisci l&apos;indirizzo del tuo Home Assistant, per esempio http://homeassistant.local:8123.</translation>
    </message>
    <message>
        <source>Use the base address only, without a page path: {address}</source>
        <translation>Usa solo l&apos;indirizzo di base, senza percorso di pagina: {address}</translation>
    </message>
    <message>
        <source>Enter the {what}.</source>
        <translation>Inserisci: {what}.</translation>
    </message>
    <message>
        <source>The {what} is {count} characters long; a web address is much shorter. Check what was pasted.</source>
        <translation>{what}: lungo {count} caratteri; un indirizzo web è molto più corto. Controlla cosa è stato incollato.</translation>
    </message>
    <message>
        <source>{text} is not a web address: brackets are only for a whole IPv6 address, e.g. http://[fd00::1]:8123.</source>
        <translation>{text} non è un indirizzo web: le parentesi quadre vanno solo attorno a un intero indirizzo IPv6, ad es. http://[fd00::1]:8123.</translation>
    </message>
    <message>
        <source>{text} is not a web address: it must start with http:// or https://, for example http://homeassistant.local:8123.</source>
        <translation>{text} non è un indirizzo web: deve iniziare con http:// o https://, per esempio http://homeassistant.local:8123.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the {what} (the part up to &apos;@&apos;); the app signs in with a token or secret entered separately.</source>
        <translation>Togli nome utente e password da: {what} (la parte fino a &apos;@&apos;); l&apos;app accede con un token o un segreto inserito a parte.</translation>
    </message>
    <message>
        <source>The {what} ends its host name with &apos;:&apos; but gives no port; give the port (e.g. :8123) or leave the &apos;:&apos; out.</source>
        <translation>{what}: il nome host termina con &apos;:&apos; ma non indica la porta; indica la porta (ad es. :8123) o togli il &apos;:&apos;.</translation>
    </message>
    <message>
        <source>The port in {text} is not a number from 1 to 65535.</source>
        <translation>La porta in {text} non è un numero da 1 a 65535.</translation>
    </message>
    <message>
        <source>The {what} {text} cannot work: {problem}.</source>
        <translation>{what} {text} non può funzionare: {problem}.</translation>
    </message>
    <message>
        <source>{host} is not an IPv6 address</source>
        <translation>{host} non è un indirizzo IPv6</translation>
    </message>
    <message>
        <source>it has no host name</source>
        <translation>non ha un nome host</translation>
    </message>
    <message>
        <source>{host} is not a valid IP address</source>
        <translation>{host} non è un indirizzo IP valido</translation>
    </message>
    <message>
        <source>the host name contains {character}, which host names cannot have (letters, digits, &apos;-&apos; and &apos;.&apos; only)</source>
        <translation>il nome host contiene {character}, che i nomi host non possono avere (solo lettere, cifre, &apos;-&apos; e &apos;.&apos;)</translation>
    </message>
    <message>
        <source>{host} has an empty part between dots</source>
        <translation>{host} ha una parte vuota tra i punti</translation>
    </message>
    <message>
        <source>{part} cannot be written as a DNS name</source>
        <translation>{part} non può essere scritto come nome DNS</translation>
    </message>
    <message>
        <source>the part {part} of the host name is {count} characters long; at most {limit} are allowed</source>
        <translation>la parte {part} del nome host è lunga {count} caratteri; ne sono ammessi al massimo {limit}</translation>
    </message>
    <message>
        <source>the part {part} of the host name starts or ends with &apos;-&apos;</source>
        <translation>la parte {part} del nome host inizia o finisce con &apos;-&apos;</translation>
    </message>
    <message>
        <source>the host name is longer than {limit} characters</source>
        <translation>il nome host supera i {limit} caratteri</translation>
    </message>
    <message>
        <source>The {what} contains {character} at position {position}; a web address has none. Type or paste it again on one line.</source>
        <translation>{what}: contiene {character} alla posizione {position}; un indirizzo web non ne ha. Digitalo o incollalo di nuovo su una riga.</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>un a capo</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>uno spazio</translation>
    </message>
    <message>
        <source>an invisible character (U+{code})</source>
        <translation>un carattere invisibile (U+{code})</translation>
    </message>
    <message>
        <source>Paste a long-lived access token (Home Assistant → your profile → Security → Long-lived access tokens → Create token).</source>
        <translation>Incolla un token di accesso a lunga durata (Home Assistant → il tuo profilo → Sicurezza → Token di accesso a lunga durata → Crea token).</translation>
    </message>
    <message>
        <source>The access token contains spaces or line breaks; copy it again.</source>
        <translation>Il token di accesso contiene spazi o a capo; copialo di nuovo.</translation>
    </message>
    <message>
        <source>That does not look like a Home Assistant long-lived access token (a long text with two dots); create one under your HA profile → Security.</source>
        <translation>Non sembra un token di accesso a lunga durata di Home Assistant (un testo lungo con due punti); creane uno nel tuo profilo HA → Sicurezza.</translation>
    </message>
    <message>
        <source>The sync interval must be {lowest} to {highest} minutes.</source>
        <translation>L&apos;intervallo di sincronizzazione deve essere da {lowest} a {highest} minuti.</translation>
    </message>
</context>
<context>
    <name>core.withings</name>
    <message>
        <source>Withings no longer accepts the saved login; re-authorize this profile from the tray menu (Settings / Re-authorize) or with `withings-gui login`.</source>
        <translation>Withings non accetta più l&apos;accesso salvato; autorizza di nuovo questo profilo dal menu dell&apos;icona (Impostazioni / Autorizza di nuovo) o con `withings-gui login`.</translation>
    </message>
    <message>
        <source>The Withings authorization code expired or was already used — codes live about 30 seconds; log in again.</source>
        <translation>Il codice di autorizzazione Withings è scaduto o è già stato usato — i codici durano circa 30 secondi; accedi di nuovo.</translation>
    </message>
    <message>
        <source>Withings did not accept the Client Id or Consumer Secret; copy both again from your Withings developer dashboard and log in again.</source>
        <translation>Withings non ha accettato il Client Id o il Consumer Secret; copiali di nuovo dalla tua dashboard sviluppatore Withings e accedi di nuovo.</translation>
    </message>
    <message>
        <source>Withings refused the callback URL: it must be exactly the Callback URI saved in your Withings developer app (same https, host, path, no extra slash).</source>
        <translation>Withings ha rifiutato l&apos;URL di callback: deve essere esattamente la Callback URI salvata nella tua app sviluppatore Withings (stesso https, host e percorso, nessuna barra in più).</translation>
    </message>
    <message>
        <source>(Withings said: {detail})</source>
        <translation>(Withings ha detto: {detail})</translation>
    </message>
    <message>
        <source>(status {status})</source>
        <translation>(stato {status})</translation>
    </message>
    <message>
        <source>Withings says there were too many requests; waiting {seconds} s before trying again.</source>
        <translation>Withings segnala troppe richieste; attesa di {seconds} s prima di riprovare.</translation>
    </message>
    <message>
        <source>Withings does not let this login read them (status 403); log in again (Settings / Re-authorize) and allow every permission Withings asks for.</source>
        <translation>Withings non permette a questo accesso di leggerli (stato 403); accedi di nuovo (Impostazioni / Autorizza di nuovo) e concedi ogni permesso che Withings chiede.</translation>
    </message>
    <message>
        <source>Withings rejected the request as invalid (status 503); the app tries again later.</source>
        <translation>Withings ha respinto la richiesta come non valida (stato 503); l&apos;app riprova più tardi.</translation>
    </message>
    <message>
        <source>Withings had a problem (status {status}); the app tries again later.</source>
        <translation>Withings ha avuto un problema (stato {status}); l&apos;app riprova più tardi.</translation>
    </message>
    <message>
        <source>Withings answered with status {status}.</source>
        <translation>Withings ha risposto con lo stato {status}.</translation>
    </message>
    <message>
        <source>Withings did not answer in time (no complete answer within {seconds} s); the app tries again later.</source>
        <translation>Withings non ha risposto in tempo (nessuna risposta completa entro {seconds} s); l&apos;app riprova più tardi.</translation>
    </message>
    <message>
        <source>Withings did not answer in time; the app tries again later.</source>
        <translation>Withings non ha risposto in tempo; l&apos;app riprova più tardi.</translation>
    </message>
    <message>
        <source>Could not reach Withings ({error}); check the internet connection.</source>
        <translation>Impossibile raggiungere Withings ({error}); controlla la connessione a internet.</translation>
    </message>
</context>
<context>
    <name>core.withings.api</name>
    <message>
        <source>Withings said there is more data but gave no next page; the app tries again later.</source>
        <translation>Withings ha indicato altri dati ma non ha dato la pagina successiva; l&apos;app riproverà più tardi.</translation>
    </message>
</context>
<context>
    <name>core.withings.envelope</name>
    <message>
        <source>Withings answered HTTP {status}; the app tries again later.</source>
        <translation>Withings ha risposto HTTP {status}; l&apos;app riproverà più tardi.</translation>
    </message>
    <message>
        <source>Withings sent a reply that is not valid JSON; the app tries again later.</source>
        <translation>Withings ha inviato una risposta che non è JSON valido; l&apos;app riproverà più tardi.</translation>
    </message>
    <message>
        <source>Withings sent a reply without a status; the app tries again later.</source>
        <translation>Withings ha inviato una risposta senza stato; l&apos;app riproverà più tardi.</translation>
    </message>
</context>
<context>
    <name>core.withings.notify</name>
    <message>
        <source>Withings refused the push address for category {category}: it did not answer Withings&apos; check (HEAD) with 200, or it is not a public https address; the app keeps polling instead.</source>
        <translation>Withings ha rifiutato l&apos;indirizzo push per la categoria {category}: non ha risposto 200 al controllo di Withings (HEAD) o non è un indirizzo https pubblico; l&apos;app continua invece a interrogare periodicamente.</translation>
    </message>
</context>
<context>
    <name>core.withings.oauth</name>
    <message>
        <source>That is not the callback address: it should start with {callback}. Copy the address of the page Withings sent you to after you allowed access.</source>
        <translation>Questo non è l&apos;indirizzo di callback: dovrebbe iniziare con {callback}. Copia l&apos;indirizzo della pagina a cui Withings ti ha mandato dopo che hai consentito l&apos;accesso.</translation>
    </message>
    <message>
        <source>Access was denied on the Withings page; log in again and choose Allow.</source>
        <translation>L&apos;accesso è stato negato sulla pagina di Withings; accedi di nuovo e scegli Consenti.</translation>
    </message>
    <message>
        <source>Withings reported an error ({error}); log in again.</source>
        <translation>Withings ha segnalato un errore ({error}); accedi di nuovo.</translation>
    </message>
    <message>
        <source>The login answer does not belong to this login attempt (state mismatch); start the login again and use the newest address.</source>
        <translation>La risposta non appartiene a questo tentativo di accesso (state non corrispondente); ricomincia l&apos;accesso e usa l&apos;indirizzo più recente.</translation>
    </message>
    <message>
        <source>The address has no authorization code; copy the whole address after you allowed access.</source>
        <translation>L&apos;indirizzo non contiene un codice di autorizzazione; copia l&apos;intero indirizzo dopo aver consentito l&apos;accesso.</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>token di aggiornamento</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>token di accesso</translation>
    </message>
    <message>
        <source>Withings renewed the login without a usable {missing}; the saved login is kept and the app tries again later.</source>
        <translation>Withings ha rinnovato l&apos;accesso senza un {missing} utilizzabile; l&apos;accesso salvato viene mantenuto e l&apos;app riproverà più tardi.</translation>
    </message>
    <message>
        <source>Withings answered the login without a usable {missing}; log in again in a minute.</source>
        <translation>Withings ha risposto all&apos;accesso senza un {missing} utilizzabile; accedi di nuovo tra un minuto.</translation>
    </message>
    <message>
        <source>Withings sent an unusable token reply ({kind}); try again later.</source>
        <translation>Withings ha inviato una risposta token inutilizzabile ({kind}); riprova più tardi.</translation>
    </message>
    <message>
        <source>Withings&apos; token reply has no access or refresh token; try again later.</source>
        <translation>La risposta token di Withings non contiene un token di accesso o di aggiornamento; riprova più tardi.</translation>
    </message>
</context>
<context>
    <name>core.withings.tokens</name>
    <message>
        <source>Another withings-gui window is renewing the Withings login and has not finished; try again in a minute.</source>
        <translation>Un&apos;altra finestra di withings-gui sta rinnovando l&apos;accesso a Withings e non ha finito; riprova tra un minuto.</translation>
    </message>
    <message>
        <source>The Withings login cannot be renewed: {folder} is not writable ({reason}); free some disk space or make the folder writable.</source>
        <translation>Non è possibile rinnovare l&apos;accesso a Withings: {folder} non è scrivibile ({reason}); libera spazio su disco o rendi la cartella scrivibile.</translation>
    </message>
    <message>
        <source>The Withings Consumer Secret is not saved; run setup again (or `withings-gui configure`) and re-authorize.</source>
        <translation>Il Consumer Secret di Withings non è salvato; esegui di nuovo la configurazione (o `withings-gui configure`) e autorizza di nuovo.</translation>
    </message>
    <message>
        <source>The renewed Withings login could not be saved: {reason}</source>
        <translation>Non è stato possibile salvare l&apos;accesso a Withings rinnovato: {reason}</translation>
    </message>
    <message>
        <source>Profile {profile} is not logged in to Withings; log in from the setup wizard or with `withings-gui login`.</source>
        <translation>Il profilo {profile} non ha effettuato l&apos;accesso a Withings; accedi dalla procedura guidata o con `withings-gui login`.</translation>
    </message>
</context>
<context>
    <name>tray.app</name>
    <message>
        <source>Sync did not complete</source>
        <translation>Sincronizzazione non completata</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sincronizzazione non riuscita</translation>
    </message>
    <message>
        <source>Pause not saved</source>
        <translation>Pausa non salvata</translation>
    </message>
    <message>
        <source>Settings not reloaded</source>
        <translation>Impostazioni non ricaricate</translation>
    </message>
</context>
<context>
    <name>tray.devices</name>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batteria</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Ultima sincronizzazione</translation>
    </message>
    <message>
        <source>No devices yet: Withings lists them after the next sync.</source>
        <translation>Ancora nessun dispositivo: Withings li elenca dopo la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Non indicata</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Sconosciuta</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Proprio ora</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>1 minuto fa</translation>
    </message>
    <message>
        <source>{count} minutes ago</source>
        <translation>{count} minuti fa</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>1 ora fa</translation>
    </message>
    <message>
        <source>{count} hours ago</source>
        <translation>{count} ore fa</translation>
    </message>
    <message>
        <source>Withings devices — {profile}</source>
        <translation>Dispositivi Withings — {profile}</translation>
    </message>
    <message>
        <source>Reading the devices…</source>
        <translation>Lettura dei dispositivi…</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Unknown model</source>
        <translation>Modello sconosciuto</translation>
    </message>
    <message>
        <source>Low: charge it or change its batteries soon</source>
        <translation>Bassa: ricaricalo o cambia presto le batterie</translation>
    </message>
    <message>
        <source>1 device, as of the last sync.</source>
        <translation>1 dispositivo, secondo l&apos;ultima sincronizzazione.</translation>
    </message>
    <message>
        <source>{count} devices, as of the last sync.</source>
        <translation>{count} dispositivi, secondo l&apos;ultima sincronizzazione.</translation>
    </message>
    <message>
        <source>The devices could not be read: {why}</source>
        <translation>Impossibile leggere i dispositivi: {why}</translation>
    </message>
</context>
<context>
    <name>tray.fallback</name>
    <message>
        <source>This desktop has no system tray, so Withings GUI runs in this small window instead. Closing it stops syncing.</source>
        <translation>Questo desktop non ha un&apos;area di notifica, quindi Withings GUI funziona in questa piccola finestra. Chiuderla ferma la sincronizzazione.</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizza ora</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Cronologia…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;More…</source>
        <translation>&amp;Altro…</translation>
    </message>
</context>
<context>
    <name>tray.history</name>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Ultimo anno</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutto</translation>
    </message>
    <message>
        <source>No weigh-ins in the last 30 days</source>
        <translation>Nessuna pesata negli ultimi 30 giorni</translation>
    </message>
    <message>
        <source>No weigh-ins in the last year</source>
        <translation>Nessuna pesata nell&apos;ultimo anno</translation>
    </message>
    <message>
        <source>No weigh-ins yet</source>
        <translation>Ancora nessuna pesata</translation>
    </message>
    <message>
        <source>&amp;Show last 30 days</source>
        <translation>Mostra gli ultimi &amp;30 giorni</translation>
    </message>
    <message>
        <source>&amp;Show last year</source>
        <translation>Mostra l&apos;ultimo &amp;anno</translation>
    </message>
    <message>
        <source>&amp;Show all</source>
        <translation>Mostra &amp;tutto</translation>
    </message>
    <message>
        <source>Withings history — {profile}</source>
        <translation>Cronologia Withings — {profile}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>1 weigh-in</source>
        <translation>1 pesata</translation>
    </message>
    <message>
        <source>{count} weigh-ins</source>
        <translation>{count} pesate</translation>
    </message>
    <message>
        <source>Weigh-ins from your Withings scale show here after the next sync.</source>
        <translation>Le pesate della tua bilancia Withings compaiono qui dopo la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>The latest is from {date}.</source>
        <translation>La più recente è del {date}.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>Could not read the history</source>
        <translation>Impossibile leggere la cronologia</translation>
    </message>
    <message>
        <source>Latest: {reading}</source>
        <translation>Ultima: {reading}</translation>
    </message>
</context>
<context>
    <name>tray.history_chart</name>
    <message>
        <source>History chart</source>
        <translation>Grafico della cronologia</translation>
    </message>
    <message>
        <source>Left and right arrows step through the points, up and down change the measure, Home and End jump to the ends</source>
        <translation>Le frecce sinistra e destra scorrono i punti, su e giù cambiano misura, Inizio e Fine saltano agli estremi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Mass ({unit})</source>
        <translation>Massa ({unit})</translation>
    </message>
    <message>
        <source>Date ({years})</source>
        <translation>Data ({years})</translation>
    </message>
</context>
<context>
    <name>tray.launch</name>
    <message>
        <source>withings-gui is already running in the tray; its menu has everything.</source>
        <translation>withings-gui è già in esecuzione nell&apos;area di notifica; il suo menu ha tutto.</translation>
    </message>
</context>
<context>
    <name>tray.listen</name>
    <message>
        <source>Home Assistant&apos;s webhook stopped.</source>
        <translation>Il webhook di Home Assistant si è fermato.</translation>
    </message>
    <message>
        <source>The listener could not start: {problem}</source>
        <translation>Il ricevitore non è riuscito ad avviarsi: {problem}</translation>
    </message>
    <message>
        <source>The listener crashed: {last}</source>
        <translation>Il ricevitore si è bloccato: {last}</translation>
    </message>
    <message>
        <source>The listener exited {code}: {last}</source>
        <translation>Il ricevitore è terminato con {code}: {last}</translation>
    </message>
    <message>
        <source>The listener crashed.</source>
        <translation>Il ricevitore si è bloccato.</translation>
    </message>
    <message>
        <source>The listener exited {code}.</source>
        <translation>Il ricevitore è terminato con {code}.</translation>
    </message>
</context>
<context>
    <name>tray.menu</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizza ora</translation>
    </message>
    <message>
        <source>Open &amp;Home Assistant</source>
        <translation>Apri &amp;Home Assistant</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Cronologia…</translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>&amp;Dispositivi…</translation>
    </message>
    <message>
        <source>Se&amp;ttings / Re-run setup…</source>
        <translation>Impostazioni / &amp;Ripeti la configurazione…</translation>
    </message>
    <message>
        <source>&amp;Re-authorize…</source>
        <translation>&amp;Autorizza di nuovo…</translation>
    </message>
    <message>
        <source>&amp;Pause syncing</source>
        <translation>&amp;Metti in pausa la sincronizzazione</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>Mostra il re&amp;gistro</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Why is a measure &amp;missing?…</source>
        <translation>Perché manca una mis&amp;ura?…</translation>
    </message>
    <message>
        <source>Why is a measure missing? ({profile})…</source>
        <translation>Perché manca una misura? ({profile})…</translation>
    </message>
</context>
<context>
    <name>tray.missing</name>
    <message>
        <source>Every measure the devices of this account give has arrived.</source>
        <translation>Ogni misura che danno i dispositivi di questo account è arrivata.</translation>
    </message>
    <message>
        <source>Why is a measure missing? — {profile}</source>
        <translation>Perché manca una misura? — {profile}</translation>
    </message>
    <message>
        <source>Measures the devices of &apos;{profile}&apos; could give but Withings did not send, and the likely reason:</source>
        <translation>Misure che i dispositivi di &apos;{profile}&apos; potrebbero dare ma che Withings non ha inviato, e il motivo probabile:</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lettura della cronologia…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>The history could not be read: {why}</source>
        <translation>Impossibile leggere la cronologia: {why}</translation>
    </message>
</context>
<context>
    <name>tray.notify</name>
    <message>
        <source>New weigh-in</source>
        <translation>Nuova pesata</translation>
    </message>
    <message>
        <source>Choose Re-authorize in the tray menu. {why}</source>
        <translation>Scegli Autorizza di nuovo nel menu dell&apos;icona. {why}</translation>
    </message>
    <message>
        <source>Withings needs you to log in again</source>
        <translation>Withings ha bisogno che tu acceda di nuovo</translation>
    </message>
    <message>
        <source>{devices} ({profile})</source>
        <translation>{devices} ({profile})</translation>
    </message>
    <message>
        <source>{device}: its battery is low. Charge it or change the batteries.</source>
        <translation>{device}: la batteria è scarica. Ricaricalo o cambia le batterie.</translation>
    </message>
    <message>
        <source>{devices}: their batteries are low. Charge them or change the batteries.</source>
        <translation>{devices}: le batterie sono scariche. Ricaricali o cambia le batterie.</translation>
    </message>
    <message>
        <source>Withings battery low</source>
        <translation>Batteria Withings scarica</translation>
    </message>
</context>
<context>
    <name>tray.status</name>
    <message>
        <source>starting</source>
        <translation>avvio</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>sincronizzazione</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>aggiornato</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>non aggiornato</translation>
    </message>
    <message>
        <source>error</source>
        <translation>errore</translation>
    </message>
    <message>
        <source>needs re-authorization</source>
        <translation>da autorizzare di nuovo</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>in pausa</translation>
    </message>
    <message>
        <source>{weight}, weighed {when}</source>
        <translation>{weight}, pesato {when}</translation>
    </message>
    <message>
        <source>No weigh-in yet</source>
        <translation>Ancora nessuna pesata</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>non ancora</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Ultima sincronizzazione: {when}</translation>
    </message>
    <message>
        <source>{state}: {why}</source>
        <translation>{state}: {why}</translation>
    </message>
    <message>
        <source>No weight yet</source>
        <translation>Ancora nessun peso</translation>
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
        <translation>nessuna sincronizzazione riuscita da {age}</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} minuti</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 ora</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation>{count} ore</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 giorno</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} giorni</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 anno</translation>
    </message>
    <message>
        <source>{count} years</source>
        <translation>{count} anni</translation>
    </message>
    <message>
        <source>{profile}: {why}</source>
        <translation>{profile}: {why}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>oggi {time}</translation>
    </message>
    <message>
        <source>{when} (ahead of this computer&apos;s clock)</source>
        <translation>{when} (in anticipo sull&apos;orologio di questo computer)</translation>
    </message>
</context>
<context>
    <name>tray.sync_mode</name>
    <message>
        <source>Checking every minute</source>
        <translation>Controllo ogni minuto</translation>
    </message>
    <message>
        <source>Checking every {minutes} minutes</source>
        <translation>Controllo ogni {minutes} minuti</translation>
    </message>
    <message>
        <source>Live: Withings tells us about new weigh-ins</source>
        <translation>In diretta: Withings segnala le nuove pesate</translation>
    </message>
    <message>
        <source>A safety check runs every hour.</source>
        <translation>Ogni ora viene eseguito un controllo di sicurezza.</translation>
    </message>
    <message>
        <source>Home Assistant is reachable only at home, so Withings cannot tell us about new weigh-ins.</source>
        <translation>Home Assistant è raggiungibile solo da casa, quindi Withings non può segnalare le nuove pesate.</translation>
    </message>
    <message>
        <source>Live updates need Home Assistant set up.</source>
        <translation>Gli aggiornamenti in diretta richiedono Home Assistant configurato.</translation>
    </message>
    <message>
        <source>Withings notifications are not set up for {profile}.</source>
        <translation>Le notifiche di Withings non sono configurate per {profile}.</translation>
    </message>
    <message>
        <source>Withings notifications are not set up for {profile}: {problem}</source>
        <translation>Le notifiche di Withings non sono configurate per {profile}: {problem}</translation>
    </message>
    <message>
        <source>Setting up Withings notifications…</source>
        <translation>Configurazione delle notifiche di Withings…</translation>
    </message>
    <message>
        <source>Live updates paused: {reason}</source>
        <translation>Aggiornamenti in diretta in pausa: {reason}</translation>
    </message>
    <message>
        <source>Connecting to Home Assistant for live updates…</source>
        <translation>Connessione a Home Assistant per gli aggiornamenti in diretta…</translation>
    </message>
</context>
</TS>
