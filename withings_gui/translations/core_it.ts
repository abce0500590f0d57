<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
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
    <name>core.secrets</name>
    <message>
        <source>No system keyring is available, so secrets are stored in {file} (readable only by you). Install and unlock a keyring such as GNOME Keyring or KWallet to keep them encrypted.</source>
        <translation>Nessun portachiavi di sistema disponibile, quindi i segreti sono salvati in {file} (leggibile solo da te). Installa e sblocca un portachiavi come GNOME Keyring o KWallet per tenerli cifrati.</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}); free some disk space or make the folder writable, then try again.</source>
        <translation>Impossibile scrivere {file} ({reason}); libera spazio su disco o rendi la cartella scrivibile, poi riprova.</translation>
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
</TS>
