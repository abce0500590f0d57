<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
    <name>core.secrets</name>
    <message>
        <source>No system keyring is available, so secrets are stored in {file} (readable only by you). Install and unlock a keyring such as GNOME Keyring or KWallet to keep them encrypted.</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar, daher werden Geheimnisse in {file} gespeichert (nur für dich lesbar). Installiere und entsperre einen Schlüsselbund wie GNOME Keyring oder KWallet, um sie verschlüsselt aufzubewahren.</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}); free some disk space or make the folder writable, then try again.</source>
        <translation>{file} konnte nicht geschrieben werden ({reason}); schaffe Platz auf der Festplatte oder mache den Ordner beschreibbar und versuche es dann erneut.</translation>
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
</TS>
