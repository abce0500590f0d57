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
        <translation>Accedi con l'account Withings della persona a cui appartengono questi dati e consenti l'accesso.</translation>
    </message>
    <message>
        <source>Use my o&amp;wn browser instead</source>
        <translation>Usa invece il mio &amp;browser</translation>
    </message>
    <message>
        <source>Loading the Withings login…</source>
        <translation>Caricamento dell'accesso a Withings…</translation>
    </message>
    <message>
        <source>Paste the whole address your browser ended on</source>
        <translation>Incolla l'indirizzo completo su cui si è fermato il browser</translation>
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
        <translation>Dopo che hai consentito l'accesso, si passa al tuo indirizzo di callback (una pagina di errore lì va bene): copia l'indirizzo completo e incollalo qui sotto.</translation>
    </message>
    <message>
        <source>Your browser opens the Withings login (the address is below if it does not). {then}</source>
        <translation>Il browser apre l'accesso a Withings (se non succede, l'indirizzo è qui sotto). {then}</translation>
    </message>
    <message>
        <source>No browser could be opened from here: copy the address below into a browser and log in there. {then}</source>
        <translation>Da qui non è stato possibile aprire un browser: copia l'indirizzo qui sotto in un browser e accedi lì. {then}</translation>
    </message>
    <message>
        <source>Paste the address your browser ended on.</source>
        <translation>Incolla l'indirizzo su cui si è fermato il browser.</translation>
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
        <translation>L'indirizzo a cui Withings ti rimanda dopo l'accesso. Withings lo verifica quando salvi la tua app sviluppatore; noi lo verifichiamo prima allo stesso modo.</translation>
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
        <source>Set this as Home Assistant's e&amp;xternal URL</source>
        <translation>Imposta come URL e&amp;sterno di Home Assistant</translation>
    </message>
    <message>
        <source>Possible once every check has passed</source>
        <translation>Possibile quando tutte le verifiche sono superate</translation>
    </message>
    <message>
        <source>Withings sends your browser to this address after you log in, and this app catches that step before the page loads, so it never has to reach your Home Assistant: nothing needs opening to the internet. It only has to satisfy Withings when you save your developer app: any https page you trust that answers will do.</source>
        <translation>Withings manda il browser a questo indirizzo dopo l'accesso, e questa app intercetta quel passaggio prima che la pagina si carichi, quindi non deve mai raggiungere il tuo Home Assistant: non c'è niente da aprire verso Internet. Deve solo soddisfare Withings quando salvi la tua app sviluppatore: va bene qualsiasi pagina https affidabile che risponda.</translation>
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
        <translation>Impostazione dell'URL esterno…</translation>
    </message>
    <message>
        <source>Could not set the external URL ({error}); paste the YAML instead.</source>
        <translation>Impossibile impostare l'URL esterno ({error}); incolla invece lo YAML.</translation>
    </message>
    <message>
        <source>Home Assistant's external URL is now {url}.</source>
        <translation>L'URL esterno di Home Assistant ora è {url}.</translation>
    </message>
    <message>
        <source>Not set: Home Assistant's core settings come from configuration.yaml, so a change made from here would be lost at its next restart. Paste the YAML above into configuration.yaml instead (replace an external_url line already there), then restart Home Assistant.</source>
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
        <source>Sharing the app with Home Assistant's own Withings integration works, but Withings does not say whether a second login of the same person can end the other's session; if either one keeps asking you to log in again, create a second app for this one.</source>
        <translation>Condividere l'app con l'integrazione Withings di Home Assistant funziona, ma Withings non dice se un secondo accesso della stessa persona possa chiudere l'altra sessione; se una delle due continua a chiederti di accedere, crea una seconda app per questa.</translation>
    </message>
    <message>
        <source>App keys</source>
        <translation>Chiavi dell'app</translation>
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
        <source>&lt;b&gt;Demo:&lt;/b&gt; the simulated Withings' demo app is filled in.</source>
        <translation>&lt;b&gt;Demo:&lt;/b&gt; l'app demo del Withings simulato è già inserita.</translation>
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
        <translation>Avvia l'icona nell'area di notifica quando accedo</translation>
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
        <source>Check Home Assistant's &amp;configuration</source>
        <translation>Verifica la &amp;configurazione di Home Assistant</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizza ora</translation>
    </message>
    <message>
        <source>&amp;Add another person…</source>
        <translation>&amp;Aggiungi un'altra persona…</translation>
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
        <translation>Questo indirizzo funziona solo nella tua rete domestica. Se il tuo Home Assistant non ha un indirizzo su Internet, scegli la strada «solo rete domestica»: non c'è niente da aprire verso Internet.</translation>
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
        <translation>Nella demo puoi saltare questo passaggio; l'icona nell'area di notifica mostra allora i dati demo senza inviarli da nessuna parte.</translation>
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
        <source>Trust Home Assistant's certificate</source>
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
        <translation>campo {number} nell'immagine</translation>
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
        <source>with the person's measurements in the Withings app</source>
        <translation>con le misurazioni della persona nell'app Withings</translation>
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
        <translation>Questa procedura guidata collega il tuo account Withings a Home Assistant. Le tue misurazioni compaiono poi lì come sensori, tenuti aggiornati da un'icona accanto all'orologio.</translation>
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
        <translation>Ho già un'app &amp;sviluppatore Withings</translation>
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
        <translation>Registri un'app sviluppatore gratuita su Withings (ogni valore da inserire ti viene fornito), accedi qui a Withings e la prima sincronizzazione invia le misurazioni a Home Assistant. Questa app parla direttamente con Withings e Home Assistant; il tuo accesso resta su questo computer.</translation>
    </message>
    <message>
        <source>How is your Home Assistant reached from outside?</source>
        <translation>Come si raggiunge il tuo Home Assistant dall'esterno?</translation>
    </message>
    <message>
        <source>Withings' login ends at your developer app's callback address; this app catches that step itself, so the address never has to lead to your Home Assistant.</source>
        <translation>L'accesso a Withings termina all'indirizzo di callback della tua app sviluppatore; questa app intercetta da sé quel passaggio, quindi l'indirizzo non deve mai portare al tuo Home Assistant.</translation>
    </message>
    <message>
        <source>For example the one made for Home Assistant's own Withings integration: its values are then used instead of a new app's.</source>
        <translation>Ad esempio quella creata per l'integrazione Withings di Home Assistant: si usano allora i suoi valori invece di quelli di una nuova app.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; everything runs against a simulated Withings; any choice works.</source>
        <translation>&lt;b&gt;Demo:&lt;/b&gt; tutto funziona con un Withings simulato; qualsiasi scelta va bene.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
</context>
<context>
    <name>PortalFigure</name>
    <message>
        <source>Picture of the Withings developer portal's forms</source>
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
        <translation>Withings ti permette di leggere i tuoi dati tramite un'app che registri. Apri il portale sviluppatori, crea un'applicazione del tipo «Public API integration» e compila:</translation>
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
        <translation>Withings chiede {first} e {second} una volta sola, per il tuo account sviluppatore. L'applicazione salvata mostra il suo Client ID e il suo Secret: tieni aperta quella pagina.</translation>
    </message>
    <message>
        <source>I already &amp;have an app…</source>
        <translation>&amp;Ho già un'app…</translation>
    </message>
    <message>
        <source>Already have a Withings developer app (for Home Assistant's own integration, say)? Use it instead.</source>
        <translation>Hai già un'app sviluppatore Withings (per l'integrazione di Home Assistant, ad esempio)? Usa quella.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; nothing needs registering; the simulated Withings already knows a demo app, whose Client Id and Secret are filled in on the next page.</source>
        <translation>&lt;b&gt;Demo:&lt;/b&gt; non c'è niente da registrare; il Withings simulato conosce già un'app demo, il cui Client Id e Secret sono inseriti nella pagina successiva.</translation>
    </message>
    <message>
        <source>No browser could be opened from here: copy the portal's address (above) into a browser.</source>
        <translation>Da qui non è stato possibile aprire un browser: copia l'indirizzo del portale (qui sopra) in un browser.</translation>
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
        <translation>L'ultima classificazione della fibrillazione atriale e la sua data. Withings fornisce gli ECG con l'accesso «user.metrics» che questa app chiede già, quindi non serve un nuovo accesso.</translation>
    </message>
    <message>
        <source>Person's na&amp;me:</source>
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
        <translation>Accesso a Withings come utente &lt;b&gt;{user}&lt;/b&gt;. Dai un nome alla persona titolare di quell'account.</translation>
    </message>
    <message>
        <source>Could not read Home Assistant's entities ({error}).</source>
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
    <name>core.callback_network</name>
    <message>
        <source>the name resolves</source>
        <translation>il nome viene risolto</translation>
    </message>
    <message>
        <source>a certificate from a public authority</source>
        <translation>un certificato di un'autorità pubblica</translation>
    </message>
    <message>
        <source>answers an HTTP HEAD request</source>
        <translation>risponde a una richiesta HTTP HEAD</translation>
    </message>
    <message>
        <source>Use Home Assistant Cloud (Nabu Casa), or get a certificate from a public authority, e.g. with Home Assistant's Let's Encrypt add-on.</source>
        <translation>Usa Home Assistant Cloud (Nabu Casa), oppure ottieni un certificato da un'autorità pubblica, ad es. con il componente aggiuntivo Let's Encrypt di Home Assistant.</translation>
    </message>
    <message>
        <source>The certificate of {host} has expired.</source>
        <translation>Il certificato di {host} è scaduto.</translation>
    </message>
    <message>
        <source>Renew it; Home Assistant's Let's Encrypt add-on renews automatically, and Home Assistant Cloud (Nabu Casa) needs no certificate of your own.</source>
        <translation>Rinnovalo; il componente aggiuntivo Let's Encrypt di Home Assistant lo rinnova automaticamente, e Home Assistant Cloud (Nabu Casa) non richiede un certificato tuo.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not valid yet.</source>
        <translation>Il certificato di {host} non è ancora valido.</translation>
    </message>
    <message>
        <source>Check this computer's date and time, or wait until the certificate's start date.</source>
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
        <source>Use the domain name the certificate was issued for, or get a certificate that includes {host} (the Let's Encrypt add-on's 'domains' option).</source>
        <translation>Usa il nome di dominio per cui è stato emesso il certificato, oppure ottieni un certificato che includa {host} (l'opzione «domains» del componente Let's Encrypt).</translation>
    </message>
    <message>
        <source>The certificate of {host} has been revoked.</source>
        <translation>Il certificato di {host} è stato revocato.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not issued by a public certificate authority (or the server does not send the full chain).</source>
        <translation>Il certificato di {host} non è emesso da un'autorità di certificazione pubblica (o il server non invia la catena completa).</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>the URL has no valid domain name</source>
        <translation>l'URL non ha un nome di dominio valido</translation>
    </message>
    <message>
        <source>{host} does not resolve</source>
        <translation>{host} non viene risolto</translation>
    </message>
    <message>
        <source>there is no secure connection</source>
        <translation>non c'è una connessione sicura</translation>
    </message>
    <message>
        <source>Not checked: {reason}.</source>
        <translation>Non verificato: {reason}.</translation>
    </message>
    <message>
        <source>Check the spelling, and that the domain's DNS record (A or AAAA) points at the public address of your Home Assistant.</source>
        <translation>Controlla l'ortografia e che il record DNS del dominio (A o AAAA) punti all'indirizzo pubblico del tuo Home Assistant.</translation>
    </message>
    <message>
        <source>Copy the address exactly from Home Assistant → Settings → Home Assistant Cloud → Remote control, and check that remote control is switched on.</source>
        <translation>Copia l'indirizzo esattamente da Home Assistant → Impostazioni → Home Assistant Cloud → Controllo remoto e verifica che il controllo remoto sia attivo.</translation>
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
        <source>The server's answer is not HTTP ({why}).</source>
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
        <translation>Inserisci l'URL di callback.</translation>
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
        <source>Reach Home Assistant over https: Home Assistant Cloud (Nabu Casa), or a certificate for your domain (e.g. the Let's Encrypt add-on).</source>
        <translation>Raggiungi Home Assistant in https: Home Assistant Cloud (Nabu Casa), oppure un certificato per il tuo dominio (ad es. il componente Let's Encrypt).</translation>
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
        <translation>L'URL è di {length} caratteri; Withings ne consente {limit}.</translation>
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
        <source>Remove the 'user:password@' part: Withings refuses credentials in the URL.</source>
        <translation>Rimuovi la parte «user:password@»: Withings rifiuta le credenziali nell'URL.</translation>
    </message>
    <message>
        <source>no query or fragment</source>
        <translation>nessuna query o frammento</translation>
    </message>
    <message>
        <source>No '?…' or '#…' part.</source>
        <translation>Nessuna parte «?…» o «#…».</translation>
    </message>
    <message>
        <source>Remove the '?…' or '#…' part: Withings compares the URL exactly and adds its own query.</source>
        <translation>Rimuovi la parte «?…» o «#…»: Withings confronta l'URL esattamente e aggiunge una propria query.</translation>
    </message>
    <message>
        <source>Home Assistant's callback path</source>
        <translation>il percorso di callback di Home Assistant</translation>
    </message>
    <message>
        <source>Ends in {path}.</source>
        <translation>Termina con {path}.</translation>
    </message>
    <message>
        <source>Home Assistant receives the login at {path}; this URL has {this}.</source>
        <translation>Home Assistant riceve l'accesso su {path}; questo URL ha {this}.</translation>
    </message>
    <message>
        <source>Use {url}, unless something other than Home Assistant receives the login.</source>
        <translation>Usa {url}, a meno che l'accesso non lo riceva qualcosa di diverso da Home Assistant.</translation>
    </message>
    <message>
        <source>a fully qualified domain name</source>
        <translation>un nome di dominio completo</translation>
    </message>
    <message>
        <source>The URL has no domain name.</source>
        <translation>L'URL non ha un nome di dominio.</translation>
    </message>
    <message>
        <source>{host} is an IP address; Withings needs a domain name.</source>
        <translation>{host} è un indirizzo IP; Withings richiede un nome di dominio.</translation>
    </message>
    <message>
        <source>{host} ends with a dot; Withings compares the URL exactly.</source>
        <translation>{host} termina con un punto; Withings confronta l'URL esattamente.</translation>
    </message>
    <message>
        <source>Remove the trailing dot.</source>
        <translation>Rimuovi il punto finale.</translation>
    </message>
    <message>
        <source>{host!r} is not a valid domain name (letters, digits and '-' between dots).</source>
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
        <translation>Inoltra la porta 443 del router a Home Assistant e rimuovi la porta dall'URL, oppure usa Home Assistant Cloud (Nabu Casa).</translation>
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
        <translation>la sua scelta dell'indirizzo di callback è sconosciuta</translation>
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
        <translation>Non è stato possibile usare l'avanzamento salvato della configurazione ({file}) ({why}), quindi la configurazione riparte dall'inizio; le tue impostazioni non sono cambiate.</translation>
    </message>
</context>
<context>
    <name>core.snippets</name>
    <message>
        <source>{value!r} has no domain name in it.</source>
        <translation>{value!r} non contiene un nome di dominio.</translation>
    </message>
</context>
</TS>
