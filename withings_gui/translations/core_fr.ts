<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>cli.commands</name>
    <message>
        <source>withings-gui {command}: not available with --demo (the demo configures and logs in by itself).</source>
        <translation>withings-gui {command} : indisponible avec --demo (la démo se configure et se connecte toute seule).</translation>
    </message>
</context>
<context>
    <name>cli.configure</name>
    <message>
        <source>Warning: {warning}</source>
        <translation>Avertissement : {warning}</translation>
    </message>
    <message>
        <source>Saved settings for profile &apos;{profile}&apos; in {file}.</source>
        <translation>Réglages du profil &apos;{profile}&apos; enregistrés dans {file}.</translation>
    </message>
    <message>
        <source>--profile is required (only --language may be set without it)</source>
        <translation>--profile est requis (seul --language peut être défini sans lui)</translation>
    </message>
    <message>
        <source>Saved the language ({language}) in {file}; it applies from the next start of the wizard and the tray.</source>
        <translation>Langue ({language}) enregistrée dans {file} ; elle s&apos;applique au prochain démarrage de l&apos;assistant et de l&apos;icône de notification.</translation>
    </message>
    <message>
        <source>The callback URL would be refused by Withings: {reasons}</source>
        <translation>Withings refuserait l&apos;URL de rappel : {reasons}</translation>
    </message>
    <message>
        <source>{options} must be given the first time.</source>
        <translation>{options} doit être indiqué la première fois.</translation>
    </message>
    <message>
        <source>No Withings Consumer Secret saved yet: give a line client_secret=... on standard input.</source>
        <translation>Aucun Consumer Secret Withings enregistré : donnez une ligne client_secret=... sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>{name} (Enter keeps the saved one): </source>
        <translation>{name} (Entrée garde la valeur enregistrée) : </translation>
    </message>
    <message>
        <source>Standard input line {number} is not client_secret=... or ha_token=...</source>
        <translation>La ligne {number} de l&apos;entrée standard n&apos;est ni client_secret=... ni ha_token=...</translation>
    </message>
</context>
<context>
    <name>cli.login</name>
    <message>
        <source>No profile &apos;{profile}&apos; yet; create it with `withings-gui configure --profile {profile} ...`.</source>
        <translation>Pas encore de profil &apos;{profile}&apos; ; créez-le avec `withings-gui configure --profile {profile} ...`.</translation>
    </message>
    <message>
        <source>Open this address, log in to Withings and allow access:</source>
        <translation>Ouvrez cette adresse, connectez-vous à Withings et autorisez l&apos;accès :</translation>
    </message>
    <message>
        <source>Your browser then tries to open the callback address. Copy that whole address from the address bar, paste it here and press Enter (it may show an error page: that is fine, the address is what counts):</source>
        <translation>Votre navigateur essaie ensuite d&apos;ouvrir l&apos;adresse de rappel. Copiez toute cette adresse depuis la barre d&apos;adresse, collez-la ici et appuyez sur Entrée (il peut afficher une page d&apos;erreur : ce n&apos;est pas grave, seule l&apos;adresse compte) :</translation>
    </message>
    <message>
        <source>nothing was pasted; run login again.</source>
        <translation>rien n&apos;a été collé ; relancez la connexion.</translation>
    </message>
    <message>
        <source>Log in again with that person&apos;s Withings account, or run `withings-gui login --profile {profile} --replace` to give the profile to the new account.</source>
        <translation>Reconnectez-vous avec le compte Withings de cette personne, ou lancez `withings-gui login --profile {profile} --replace` pour donner le profil au nouveau compte.</translation>
    </message>
    <message>
        <source>Logged in: profile &apos;{profile}&apos; is Withings user {user}.</source>
        <translation>Connecté : le profil &apos;{profile}&apos; est l&apos;utilisateur Withings {user}.</translation>
    </message>
    <message>
        <source>Profile &apos;{profile}&apos; was removed while logging in; add it again with `withings-gui configure`, then log in again.</source>
        <translation>Le profil &apos;{profile}&apos; a été supprimé pendant la connexion ; ajoutez-le à nouveau avec `withings-gui configure`, puis reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>cli.sync</name>
    <message>
        <source>no profile is configured; run `withings-gui setup` or `withings-gui configure` first.</source>
        <translation>aucun profil n&apos;est configuré ; lancez d&apos;abord `withings-gui setup` ou `withings-gui configure`.</translation>
    </message>
</context>
<context>
    <name>core.catalog</name>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Fat-free mass</source>
        <translation>Masse maigre</translation>
    </message>
    <message>
        <source>Fat ratio</source>
        <translation>Taux de graisse</translation>
    </message>
    <message>
        <source>Fat mass</source>
        <translation>Masse grasse</translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation>Pression artérielle diastolique</translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation>Pression artérielle systolique</translation>
    </message>
    <message>
        <source>Heart pulse</source>
        <translation>Pouls</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Body temperature</source>
        <translation>Température corporelle</translation>
    </message>
    <message>
        <source>Skin temperature</source>
        <translation>Température cutanée</translation>
    </message>
    <message>
        <source>Muscle mass</source>
        <translation>Masse musculaire</translation>
    </message>
    <message>
        <source>Hydration</source>
        <translation>Hydratation</translation>
    </message>
    <message>
        <source>Bone mass</source>
        <translation>Masse osseuse</translation>
    </message>
    <message>
        <source>Pulse wave velocity</source>
        <translation>Vitesse de l&apos;onde de pouls</translation>
    </message>
    <message>
        <source>VO2 max</source>
        <translation>VO2 max</translation>
    </message>
    <message>
        <source>Vascular age</source>
        <translation>Âge vasculaire</translation>
    </message>
    <message>
        <source>Extracellular water</source>
        <translation>Eau extracellulaire</translation>
    </message>
    <message>
        <source>Intracellular water</source>
        <translation>Eau intracellulaire</translation>
    </message>
    <message>
        <source>Visceral fat</source>
        <translation>Graisse viscérale</translation>
    </message>
    <message>
        <source>Basal metabolic rate</source>
        <translation>Métabolisme de base</translation>
    </message>
    <message>
        <source>Metabolic age</source>
        <translation>Âge métabolique</translation>
    </message>
    <message>
        <source>Electrodermal activity feet</source>
        <translation>Activité électrodermale des pieds</translation>
    </message>
    <message>
        <source>Electrodermal activity left foot</source>
        <translation>Activité électrodermale du pied gauche</translation>
    </message>
    <message>
        <source>Electrodermal activity right foot</source>
        <translation>Activité électrodermale du pied droit</translation>
    </message>
    <message>
        <source>Electrochemical skin conductance</source>
        <translation>Conductance électrochimique de la peau</translation>
    </message>
    <message>
        <source>Nerve health score feet</source>
        <translation>Score de santé nerveuse des pieds</translation>
    </message>
    <message>
        <source>Nerve health score left foot</source>
        <translation>Score de santé nerveuse du pied gauche</translation>
    </message>
    <message>
        <source>Nerve health score right foot</source>
        <translation>Score de santé nerveuse du pied droit</translation>
    </message>
    <message>
        <source>torso</source>
        <translation>tronc</translation>
    </message>
    <message>
        <source>left arm</source>
        <translation>bras gauche</translation>
    </message>
    <message>
        <source>right arm</source>
        <translation>bras droit</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>jambe gauche</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>jambe droite</translation>
    </message>
    <message>
        <source>{measure} {segment}</source>
        <translation>{measure} {segment}</translation>
    </message>
    <message>
        <source>Deep sleep</source>
        <translation>Sommeil profond</translation>
    </message>
    <message>
        <source>Light sleep</source>
        <translation>Sommeil léger</translation>
    </message>
    <message>
        <source>REM sleep</source>
        <translation>Sommeil paradoxal</translation>
    </message>
    <message>
        <source>Awake during sleep</source>
        <translation>Éveil pendant le sommeil</translation>
    </message>
    <message>
        <source>Time to sleep</source>
        <translation>Temps d&apos;endormissement</translation>
    </message>
    <message>
        <source>Time to wake up</source>
        <translation>Temps de réveil</translation>
    </message>
    <message>
        <source>Total sleep</source>
        <translation>Sommeil total</translation>
    </message>
    <message>
        <source>Wake-ups</source>
        <translation>Réveils</translation>
    </message>
    <message>
        <source>Sleep heart rate average</source>
        <translation>Fréquence cardiaque moyenne pendant le sommeil</translation>
    </message>
    <message>
        <source>Sleep heart rate minimum</source>
        <translation>Fréquence cardiaque minimale pendant le sommeil</translation>
    </message>
    <message>
        <source>Sleep heart rate maximum</source>
        <translation>Fréquence cardiaque maximale pendant le sommeil</translation>
    </message>
    <message>
        <source>Sleep breathing rate average</source>
        <translation>Fréquence respiratoire moyenne pendant le sommeil</translation>
    </message>
    <message>
        <source>Sleep breathing rate minimum</source>
        <translation>Fréquence respiratoire minimale pendant le sommeil</translation>
    </message>
    <message>
        <source>Sleep breathing rate maximum</source>
        <translation>Fréquence respiratoire maximale pendant le sommeil</translation>
    </message>
    <message>
        <source>Sleep score</source>
        <translation>Score de sommeil</translation>
    </message>
    <message>
        <source>Snoring</source>
        <translation>Ronflement</translation>
    </message>
    <message>
        <source>Snoring episodes</source>
        <translation>Épisodes de ronflement</translation>
    </message>
    <message>
        <source>Breathing disturbances</source>
        <translation>Troubles respiratoires</translation>
    </message>
    <message>
        <source>Steps today</source>
        <translation>Pas aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Distance today</source>
        <translation>Distance aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Elevation today</source>
        <translation>Dénivelé aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Active time today</source>
        <translation>Temps actif aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Light activity today</source>
        <translation>Activité légère aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Moderate activity today</source>
        <translation>Activité modérée aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Intense activity today</source>
        <translation>Activité intense aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Active calories today</source>
        <translation>Calories actives aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Total calories today</source>
        <translation>Calories totales aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Step goal</source>
        <translation>Objectif de pas</translation>
    </message>
    <message>
        <source>Sleep goal</source>
        <translation>Objectif de sommeil</translation>
    </message>
    <message>
        <source>Weight goal</source>
        <translation>Objectif de poids</translation>
    </message>
    <message>
        <source>Last workout type</source>
        <translation>Type du dernier entraînement</translation>
    </message>
    <message>
        <source>Last workout active calories</source>
        <translation>Calories actives du dernier entraînement</translation>
    </message>
    <message>
        <source>Last workout distance</source>
        <translation>Distance du dernier entraînement</translation>
    </message>
    <message>
        <source>Last workout elevation</source>
        <translation>Dénivelé du dernier entraînement</translation>
    </message>
    <message>
        <source>Last workout intensity</source>
        <translation>Intensité du dernier entraînement</translation>
    </message>
    <message>
        <source>Last workout pause</source>
        <translation>Pause du dernier entraînement</translation>
    </message>
    <message>
        <source>Last workout duration</source>
        <translation>Durée du dernier entraînement</translation>
    </message>
    <message>
        <source>Last ECG classification</source>
        <translation>Classification du dernier ECG</translation>
    </message>
    <message>
        <source>Last ECG</source>
        <translation>Dernier ECG</translation>
    </message>
    <message>
        <source>{model} battery</source>
        <translation>Batterie {model}</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sommeil</translation>
    </message>
    <message>
        <source>Activity (steps, calories)</source>
        <translation>Activité (pas, calories)</translation>
    </message>
</context>
<context>
    <name>core.database</name>
    <message>
        <source>The history database {file} is damaged or belongs to another program ({reason}). Move it aside (rename it) and start again: a new one is made and the history is downloaded again from Withings.</source>
        <translation>La base d&apos;historique {file} est endommagée ou appartient à un autre programme ({reason}). Renommez-la et recommencez : une nouvelle est créée et l&apos;historique est de nouveau téléchargé depuis Withings.</translation>
    </message>
    <message>
        <source>The history database {file} could not be written ({reason}). Check that the disk is not full and the folder is writable; nothing was lost.</source>
        <translation>La base d&apos;historique {file} n&apos;a pas pu être écrite ({reason}). Vérifiez que le disque n&apos;est pas plein et que le dossier est accessible en écriture ; rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>The history database {file} was written by a newer withings-gui (schema {version}); update this one, or move the file aside to start a new history (it is downloaded again from Withings).</source>
        <translation>La base d&apos;historique {file} a été écrite par un withings-gui plus récent (schéma {version}) ; mettez celui-ci à jour, ou renommez le fichier pour commencer un nouvel historique (il est de nouveau téléchargé depuis Withings).</translation>
    </message>
</context>
<context>
    <name>core.dates</name>
    <message>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
    <message>
        <source>(date unknown)</source>
        <translation>(date inconnue)</translation>
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
        <translation>Réglages lus dans {file}</translation>
    </message>
    <message>
        <source>Withings app and profiles are set up</source>
        <translation>L&apos;app Withings et les profils sont configurés</translation>
    </message>
    <message>
        <source>Nothing configured yet: run `withings-gui setup`</source>
        <translation>Rien n&apos;est encore configuré : lancez `withings-gui setup`</translation>
    </message>
    <message>
        <source>Secrets are kept in {backend}</source>
        <translation>Les secrets sont conservés dans {backend}</translation>
    </message>
    <message>
        <source>History readable in {file}</source>
        <translation>Historique lisible dans {file}</translation>
    </message>
    <message>
        <source>No Home Assistant configured</source>
        <translation>Aucun Home Assistant configuré</translation>
    </message>
    <message>
        <source>No Home Assistant token saved; run setup again</source>
        <translation>Aucun jeton Home Assistant enregistré ; relancez la configuration</translation>
    </message>
    <message>
        <source>Home Assistant {version} ({location}) accepts the token</source>
        <translation>Home Assistant {version} ({location}) accepte le jeton</translation>
    </message>
    <message>
        <source>Home Assistant holds every sensor this app registered there</source>
        <translation>Home Assistant a tous les capteurs que cette app y a enregistrés</translation>
    </message>
    <message>
        <source>The Withings Consumer Secret is not saved</source>
        <translation>Le Consumer Secret Withings n&apos;est pas enregistré</translation>
    </message>
    <message>
        <source>Profile &apos;{profile}&apos; is not logged in to Withings: run `withings-gui login --profile {profile}`</source>
        <translation>Le profil &apos;{profile}&apos; n&apos;est pas connecté à Withings : lancez `withings-gui login --profile {profile}`</translation>
    </message>
    <message>
        <source>Withings login of &apos;{profile}&apos; works (1 device)</source>
        <translation>La connexion Withings de &apos;{profile}&apos; fonctionne (1 appareil)</translation>
    </message>
    <message>
        <source>Withings login of &apos;{profile}&apos; works ({count} devices)</source>
        <translation>La connexion Withings de &apos;{profile}&apos; fonctionne ({count} appareils)</translation>
    </message>
    <message>
        <source>Not checked: {why}</source>
        <translation>Non vérifié : {why}</translation>
    </message>
    <message>
        <source>No devices of &apos;{profile}&apos; known yet: after a sync, this tells which measures they could give but did not send</source>
        <translation>Aucun appareil de &apos;{profile}&apos; connu pour l&apos;instant : après une synchronisation, ceci indique quelles mesures ils pourraient donner sans les avoir envoyées</translation>
    </message>
    <message>
        <source>Every measure the devices of this account give has arrived</source>
        <translation>Toutes les mesures que donnent les appareils de ce compte sont arrivées</translation>
    </message>
</context>
<context>
    <name>core.hass</name>
    <message>
        <source>Home Assistant refused the access token (401): it is wrong or was revoked. Create a new long-lived access token in Home Assistant under your profile → Security → Long-lived access tokens, and enter it here.</source>
        <translation>Home Assistant a refusé le jeton d&apos;accès (401) : il est faux ou a été révoqué. Créez un nouveau jeton d&apos;accès longue durée dans Home Assistant sous votre profil → Sécurité → Jetons d&apos;accès longue durée, et saisissez-le ici.</translation>
    </message>
    <message>
        <source>Home Assistant refused this request (403): the token must belong to an administrator, and this computer must not be banned (ip_bans.yaml) after failed logins.</source>
        <translation>Home Assistant a refusé cette requête (403) : le jeton doit appartenir à un administrateur, et cet ordinateur ne doit pas être banni (ip_bans.yaml) après des connexions échouées.</translation>
    </message>
    <message>
        <source>The secure connection to {url} failed: {reason}.</source>
        <translation>La connexion sécurisée à {url} a échoué : {reason}.</translation>
    </message>
    <message>
        <source>Use the address your certificate was issued for, or http:// with the local address on your home network.</source>
        <translation>Utilisez l&apos;adresse pour laquelle votre certificat a été émis, ou http:// avec l&apos;adresse locale de votre réseau domestique.</translation>
    </message>
    <message>
        <source>The name in {url} could not be found (DNS). Check the spelling, or use the IP address of your Home Assistant.</source>
        <translation>Le nom dans {url} est introuvable (DNS). Vérifiez l&apos;orthographe, ou utilisez l&apos;adresse IP de votre Home Assistant.</translation>
    </message>
    <message>
        <source>Nothing answers at {url} (connection refused). Is Home Assistant running, and is the port right (usually 8123)?</source>
        <translation>Rien ne répond à {url} (connexion refusée). Home Assistant fonctionne-t-il, et le port est-il le bon (en général 8123) ?</translation>
    </message>
    <message>
        <source>{url} broke off its answer halfway; values wait and are sent when Home Assistant answers normally.</source>
        <translation>{url} a interrompu sa réponse en cours de route ; les valeurs attendent et seront envoyées quand Home Assistant répondra normalement.</translation>
    </message>
    <message>
        <source>{url} did not answer in time. Check the address and that this computer can reach Home Assistant.</source>
        <translation>{url} n&apos;a pas répondu à temps. Vérifiez l&apos;adresse et que cet ordinateur peut joindre Home Assistant.</translation>
    </message>
    <message>
        <source>Could not talk to {url} ({error}); check that Home Assistant is running and reachable from this computer.</source>
        <translation>Impossible de communiquer avec {url} ({error}) ; vérifiez que Home Assistant fonctionne et est joignable depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint is {fingerprint}.</source>
        <translation>Son empreinte SHA-256 est {fingerprint}.</translation>
    </message>
    <message>
        <source>If it is your Home Assistant&apos;s own certificate (compare the fingerprint), choose its file with “Trust certificate file…” or `withings-gui configure --ha-ca-file FILE`; or use http:// with the local address.</source>
        <translation>S&apos;il s&apos;agit du propre certificat de votre Home Assistant (comparez l&apos;empreinte), choisissez son fichier avec « Faire confiance au fichier de certificat… » ou `withings-gui configure --ha-ca-file FICHIER` ; ou utilisez http:// avec l&apos;adresse locale.</translation>
    </message>
    <message>
        <source>its certificate has expired</source>
        <translation>son certificat a expiré</translation>
    </message>
    <message>
        <source>its certificate is for another name</source>
        <translation>son certificat est pour un autre nom</translation>
    </message>
    <message>
        <source>its certificate is self-signed, so not trusted</source>
        <translation>son certificat est auto-signé, donc pas digne de confiance</translation>
    </message>
    <message>
        <source>it does not speak https on that port (try http://)</source>
        <translation>il ne parle pas https sur ce port (essayez http://)</translation>
    </message>
    <message>
        <source>its certificate is not issued by a known authority, so not trusted</source>
        <translation>son certificat n&apos;est pas émis par une autorité connue, donc pas digne de confiance</translation>
    </message>
    <message>
        <source>Home Assistant no longer has this app&apos;s registration (the Mobile App entry &quot;Withings&quot; was deleted), so it shows none of its sensors; the next sync (`withings-gui sync --once`) registers them again.</source>
        <translation>Home Assistant n&apos;a plus l&apos;enregistrement de cette app (l&apos;entrée Mobile App « Withings » a été supprimée), il n&apos;affiche donc aucun de ses capteurs ; la prochaine synchronisation (`withings-gui sync --once`) les enregistre à nouveau.</translation>
    </message>
    <message>
        <source>{count} sensor(s) were deleted in Home Assistant ({entities}); the next sync (`withings-gui sync --once`) registers them again.</source>
        <translation>{count} capteur(s) supprimé(s) dans Home Assistant ({entities}) ; la prochaine synchronisation (`withings-gui sync --once`) les enregistre à nouveau.</translation>
    </message>
    <message>
        <source>Home Assistant rejected the sensor {entity}: it refused the registration (its log says why).</source>
        <translation>Home Assistant a rejeté le capteur {entity} : il a refusé l&apos;enregistrement (son journal dit pourquoi).</translation>
    </message>
    <message>
        <source>Home Assistant does not keep the sensor {entity} registered.</source>
        <translation>Home Assistant ne garde pas le capteur {entity} enregistré.</translation>
    </message>
    <message>
        <source>Home Assistant refused a value of {entity} ({reason}).</source>
        <translation>Home Assistant a refusé une valeur de {entity} ({reason}).</translation>
    </message>
    <message>
        <source>Home Assistant did not confirm {entities}; the values wait and are sent again next time.</source>
        <translation>Home Assistant n&apos;a pas confirmé {entities} ; les valeurs attendent et seront renvoyées la prochaine fois.</translation>
    </message>
    <message>
        <source>{url} did not finish answering within {seconds} s (it answers too slowly). Values wait and are sent when it answers normally.</source>
        <translation>{url} n&apos;a pas fini de répondre en {seconds} s (il répond trop lentement). Les valeurs attendent et seront envoyées quand il répondra normalement.</translation>
    </message>
    <message>
        <source>{url} answered, but /api/{path} does not exist there: this is not Home Assistant (or its api: integration is off). Enter the address you open Home Assistant with.</source>
        <translation>{url} a répondu, mais /api/{path} n&apos;y existe pas : ce n&apos;est pas Home Assistant (ou son intégration api: est désactivée). Saisissez l&apos;adresse avec laquelle vous ouvrez Home Assistant.</translation>
    </message>
    <message>
        <source>{url} did not answer within {seconds} s. Check the address and that this computer can reach Home Assistant.</source>
        <translation>{url} n&apos;a pas répondu en {seconds} s. Vérifiez l&apos;adresse et que cet ordinateur peut joindre Home Assistant.</translation>
    </message>
    <message>
        <source>{url} answered with something that is not Home Assistant&apos;s API. Enter the address you open Home Assistant with.</source>
        <translation>{url} a répondu avec quelque chose qui n&apos;est pas l&apos;API de Home Assistant. Saisissez l&apos;adresse avec laquelle vous ouvrez Home Assistant.</translation>
    </message>
    <message>
        <source>{url} answered, but not like Home Assistant.</source>
        <translation>{url} a répondu, mais pas comme Home Assistant.</translation>
    </message>
    <message>
        <source>Home Assistant is not ready ({state}); values wait and are sent when it is.</source>
        <translation>Home Assistant n&apos;est pas prêt ({state}) ; les valeurs attendent et seront envoyées quand il le sera.</translation>
    </message>
    <message>
        <source>{url} answered 404: this is not Home Assistant&apos;s API.</source>
        <translation>{url} a répondu 404 : ce n&apos;est pas l&apos;API de Home Assistant.</translation>
    </message>
    <message>
        <source>Home Assistant answered HTTP {status}: it is starting, restarting or in trouble. Values wait and are sent when it answers again.</source>
        <translation>Home Assistant a répondu HTTP {status} : il démarre, redémarre ou a un problème. Les valeurs attendent et seront envoyées quand il répondra de nouveau.</translation>
    </message>
    <message>
        <source>Home Assistant answered unexpectedly (HTTP {status}).</source>
        <translation>Home Assistant a répondu de façon inattendue (HTTP {status}).</translation>
    </message>
    <message>
        <source>{url} answered its websocket, but not like Home Assistant.</source>
        <translation>{url} a répondu sur son websocket, mais pas comme Home Assistant.</translation>
    </message>
    <message>
        <source>Home Assistant answered HTTP {status} on its websocket: it is starting, restarting or in trouble.</source>
        <translation>Home Assistant a répondu HTTP {status} sur son websocket : il démarre, redémarre ou a un problème.</translation>
    </message>
</context>
<context>
    <name>core.messages</name>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} ou {last}</translation>
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
        <translation>le score de santé nerveuse n&apos;est peut-être pas proposé dans tous les pays (Withings ne publie pas lesquels)</translation>
    </message>
    <message>
        <source>Withings offers pulse wave velocity only in some countries (withdrawn in 2018, back in Europe first in 2019)</source>
        <translation>Withings ne propose la vitesse de l&apos;onde de pouls que dans certains pays (retirée en 2018, revenue d&apos;abord en Europe en 2019)</translation>
    </message>
    <message>
        <source>Withings offers vascular age only in some countries, like pulse wave velocity</source>
        <translation>Withings ne propose l&apos;âge vasculaire que dans certains pays, comme la vitesse de l&apos;onde de pouls</translation>
    </message>
    <message>
        <source>{measures}: nothing has arrived from your {devices} yet (a first sync, or a device not used since it was added).</source>
        <translation>{measures} : rien n&apos;est encore arrivé de votre {devices} (une première synchronisation, ou un appareil inutilisé depuis son ajout).</translation>
    </message>
    <message>
        <source>No device on this account measures {measures}.</source>
        <translation>Aucun appareil de ce compte ne mesure : {measures}.</translation>
    </message>
    <message>
        <source>{measure}: not sent for {days} (the last on {date}); is your {devices} still in use?</source>
        <translation>{measure} : non envoyé depuis {days} (le dernier le {date}) ; votre {devices} est-il toujours utilisé ?</translation>
    </message>
    <message>
        <source>{measure}: your {devices} sent {count} readings, none with it. It is most likely hidden in the Withings app (Withings then leaves it out of what apps receive too): show it there again; or {limit}.</source>
        <translation>{measure} : votre {devices} a envoyé {count} mesures, aucune avec cette valeur. Elle est très probablement masquée dans l&apos;app Withings (Withings la retire alors aussi de ce que reçoivent les apps) : affichez-la de nouveau ; ou {limit}.</translation>
    </message>
    <message>
        <source>{measure}: your {devices} sent {count} readings, none with it. It is most likely hidden in the Withings app (Withings then leaves it out of what apps receive too): show it there again.</source>
        <translation>{measure} : votre {devices} a envoyé {count} mesures, aucune avec cette valeur. Elle est très probablement masquée dans l&apos;app Withings (Withings la retire alors aussi de ce que reçoivent les apps) : affichez-la de nouveau.</translation>
    </message>
    <message>
        <source>{measure}: not sent for {days} (the last on {date}) while your {devices} sent {count} readings without it: it may have been hidden in the Withings app since.</source>
        <translation>{measure} : non envoyé depuis {days} (le dernier le {date}) alors que votre {devices} a envoyé {count} mesures sans cette valeur : elle a peut-être été masquée dans l&apos;app Withings depuis.</translation>
    </message>
    <message>
        <source>1 weigh-in (on {date}) waits to be assigned to a person in the Withings app; until then Withings does not send them as yours, and the newest {measures} is among them.</source>
        <translation>1 pesée (le {date}) attend d&apos;être attribuée à une personne dans l&apos;app Withings ; jusque-là Withings ne l&apos;envoie pas comme la vôtre, et la dernière valeur de {measures} en fait partie.</translation>
    </message>
    <message>
        <source>1 weigh-in (on {date}) waits to be assigned to a person in the Withings app; until then Withings does not send them as yours, and the newest {measures} are among them.</source>
        <translation>1 pesée (le {date}) attend d&apos;être attribuée à une personne dans l&apos;app Withings ; jusque-là Withings ne l&apos;envoie pas comme la vôtre, et les dernières valeurs de {measures} en font partie.</translation>
    </message>
    <message>
        <source>{count} weigh-ins (the newest on {date}) wait to be assigned to a person in the Withings app; until then Withings does not send them as yours, and the newest {measures} is among them.</source>
        <translation>{count} pesées (la plus récente le {date}) attendent d&apos;être attribuées à une personne dans l&apos;app Withings ; jusque-là Withings ne les envoie pas comme les vôtres, et la dernière valeur de {measures} en fait partie.</translation>
    </message>
    <message>
        <source>{count} weigh-ins (the newest on {date}) wait to be assigned to a person in the Withings app; until then Withings does not send them as yours, and the newest {measures} are among them.</source>
        <translation>{count} pesées (la plus récente le {date}) attendent d&apos;être attribuées à une personne dans l&apos;app Withings ; jusque-là Withings ne les envoie pas comme les vôtres, et les dernières valeurs de {measures} en font partie.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} jours</translation>
    </message>
</context>
<context>
    <name>core.secrets</name>
    <message>
        <source>No system keyring is available, so secrets are stored in {file} (readable only by you). Install and unlock a keyring such as GNOME Keyring or KWallet to keep them encrypted.</source>
        <translation>Aucun trousseau système n&apos;est disponible, les secrets sont donc stockés dans {file} (lisible par vous seul). Installez et déverrouillez un trousseau comme GNOME Keyring ou KWallet pour les garder chiffrés.</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}); free some disk space or make the folder writable, then try again.</source>
        <translation>{file} n&apos;a pas pu être écrit ({reason}) ; libérez de l&apos;espace disque ou rendez le dossier accessible en écriture, puis réessayez.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}); fix or remove it and log in again.</source>
        <translation>{file} ne peut pas être lu ({reason}) ; réparez-le ou supprimez-le et reconnectez-vous.</translation>
    </message>
    <message>
        <source>{file} is not a secrets file; remove it and log in again.</source>
        <translation>{file} n&apos;est pas un fichier de secrets ; supprimez-le et reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>core.sync</name>
    <message>
        <source>Workouts</source>
        <translation>Entraînements</translation>
    </message>
    <message>
        <source>ECG results</source>
        <translation>Résultats ECG</translation>
    </message>
    <message>
        <source>More data is waiting at Withings: the app reads at most {pages} pages per pass to stay within Withings&apos; request limit, and goes on in the next pass.</source>
        <translation>D&apos;autres données attendent chez Withings : l&apos;app lit au plus {pages} pages par passage pour rester dans la limite de requêtes de Withings, et continue au passage suivant.</translation>
    </message>
    <message>
        <source>No profile &apos;{profile}&apos;; configured: {profiles}</source>
        <translation>Pas de profil &apos;{profile}&apos; ; configurés : {profiles}</translation>
    </message>
    <message>
        <source>Withings no longer accepts this login; re-authorize from the tray menu or run `withings-gui login`.</source>
        <translation>Withings n&apos;accepte plus cette connexion ; réautorisez depuis le menu de l&apos;icône ou lancez `withings-gui login`.</translation>
    </message>
    <message>
        <source>Withings did not work on the last try; trying again in {seconds} s.</source>
        <translation>Withings n&apos;a pas fonctionné au dernier essai ; nouvel essai dans {seconds} s.</translation>
    </message>
    <message>
        <source>Withings asked to wait; next try in {seconds} s.</source>
        <translation>Withings a demandé d&apos;attendre ; prochain essai dans {seconds} s.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Synchronisation annulée.</translation>
    </message>
    <message>
        <source>{stream}: {why}</source>
        <translation>{stream} : {why}</translation>
    </message>
    <message>
        <source>No Home Assistant token is saved; run setup or `withings-gui configure` again.</source>
        <translation>Aucun jeton Home Assistant enregistré ; relancez la configuration ou `withings-gui configure`.</translation>
    </message>
    <message>
        <source>1 new measurement</source>
        <translation>1 nouvelle mesure</translation>
    </message>
    <message>
        <source>{count} new measurements</source>
        <translation>{count} nouvelles mesures</translation>
    </message>
    <message>
        <source>{found}; dry run, nothing sent to Home Assistant.</source>
        <translation>{found} ; essai à blanc, rien n&apos;a été envoyé à Home Assistant.</translation>
    </message>
    <message>
        <source>{found}; Home Assistant is not configured.</source>
        <translation>{found} ; Home Assistant n&apos;est pas configuré.</translation>
    </message>
    <message>
        <source>{found}; 1 Home Assistant update.</source>
        <translation>{found} ; 1 mise à jour dans Home Assistant.</translation>
    </message>
    <message>
        <source>{found}; {count} Home Assistant updates.</source>
        <translation>{found} ; {count} mises à jour dans Home Assistant.</translation>
    </message>
</context>
<context>
    <name>core.trend</name>
    <message>
        <source>{sign}{whole}.{tenth} {unit} in 7 days</source>
        <translation>{sign}{whole}.{tenth} {unit} en 7 jours</translation>
    </message>
</context>
<context>
    <name>core.validation</name>
    <message>
        <source>callback URL</source>
        <translation>URL de rappel</translation>
    </message>
    <message>
        <source>Home Assistant address</source>
        <translation>adresse de Home Assistant</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
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
        <translation>{label} : collez-le depuis votre app de développeur Withings.</translation>
    </message>
    <message>
        <source>The {label} contains spaces or line breaks; copy it again with the copy button on the Withings page.</source>
        <translation>{label} : contient des espaces ou des retours à la ligne ; copiez-le à nouveau avec le bouton de copie de la page Withings.</translation>
    </message>
    <message>
        <source>The {label} may only contain the letters a–f and digits; check that you copied the right field.</source>
        <translation>{label} : ne peut contenir que les lettres a–f et des chiffres ; vérifiez que vous avez copié le bon champ.</translation>
    </message>
    <message>
        <source>A Withings {label} is {length} characters long; this one has {count}. Copy it again, whole.</source>
        <translation>{label} : chez Withings il compte {length} caractères ; celui-ci en a {count}. Copiez-le à nouveau, en entier.</translation>
    </message>
    <message>
        <source>Enter the address of your Home Assistant, for example http://homeassistant.local:8123.</source>
        <translation>Saisissez l&apos;adresse de votre Home Assistant, par exemple http://homeassistant.local:8123.</translation>
    </message>
    <message>
        <source>Use the base address only, without a page path: {address}</source>
        <translation>N&apos;utilisez que l&apos;adresse de base, sans chemin de page : {address}</translation>
    </message>
    <message>
        <source>Enter the {what}.</source>
        <translation>Saisissez : {what}.</translation>
    </message>
    <message>
        <source>The {what} is {count} characters long; a web address is much shorter. Check what was pasted.</source>
        <translation>{what} : {count} caractères ; une adresse web est bien plus courte. Vérifiez ce qui a été collé.</translation>
    </message>
    <message>
        <source>{text} is not a web address: brackets are only for a whole IPv6 address, e.g. http://[fd00::1]:8123.</source>
        <translation>{text} n&apos;est pas une adresse web : les crochets ne servent qu&apos;autour d&apos;une adresse IPv6 entière, p. ex. http://[fd00::1]:8123.</translation>
    </message>
    <message>
        <source>{text} is not a web address: it must start with http:// or https://, for example http://homeassistant.local:8123.</source>
        <translation>{text} n&apos;est pas une adresse web : elle doit commencer par http:// ou https://, par exemple http://homeassistant.local:8123.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the {what} (the part up to &apos;@&apos;); the app signs in with a token or secret entered separately.</source>
        <translation>Retirez le nom d&apos;utilisateur et le mot de passe de : {what} (la partie jusqu&apos;à &apos;@&apos;) ; l&apos;app se connecte avec un jeton ou un secret saisi à part.</translation>
    </message>
    <message>
        <source>The {what} ends its host name with &apos;:&apos; but gives no port; give the port (e.g. :8123) or leave the &apos;:&apos; out.</source>
        <translation>{what} : le nom d&apos;hôte se termine par &apos;:&apos; sans port ; indiquez le port (p. ex. :8123) ou retirez le &apos;:&apos;.</translation>
    </message>
    <message>
        <source>The port in {text} is not a number from 1 to 65535.</source>
        <translation>Le port dans {text} n&apos;est pas un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>The {what} {text} cannot work: {problem}.</source>
        <translation>{what} {text} ne peut pas fonctionner : {problem}.</translation>
    </message>
    <message>
        <source>{host} is not an IPv6 address</source>
        <translation>{host} n&apos;est pas une adresse IPv6</translation>
    </message>
    <message>
        <source>it has no host name</source>
        <translation>elle n&apos;a pas de nom d&apos;hôte</translation>
    </message>
    <message>
        <source>{host} is not a valid IP address</source>
        <translation>{host} n&apos;est pas une adresse IP valide</translation>
    </message>
    <message>
        <source>the host name contains {character}, which host names cannot have (letters, digits, &apos;-&apos; and &apos;.&apos; only)</source>
        <translation>le nom d&apos;hôte contient {character}, ce qu&apos;un nom d&apos;hôte ne peut pas avoir (lettres, chiffres, &apos;-&apos; et &apos;.&apos; seulement)</translation>
    </message>
    <message>
        <source>{host} has an empty part between dots</source>
        <translation>{host} a une partie vide entre deux points</translation>
    </message>
    <message>
        <source>{part} cannot be written as a DNS name</source>
        <translation>{part} ne peut pas s&apos;écrire comme nom DNS</translation>
    </message>
    <message>
        <source>the part {part} of the host name is {count} characters long; at most {limit} are allowed</source>
        <translation>la partie {part} du nom d&apos;hôte fait {count} caractères ; {limit} au plus sont permis</translation>
    </message>
    <message>
        <source>the part {part} of the host name starts or ends with &apos;-&apos;</source>
        <translation>la partie {part} du nom d&apos;hôte commence ou finit par &apos;-&apos;</translation>
    </message>
    <message>
        <source>the host name is longer than {limit} characters</source>
        <translation>le nom d&apos;hôte dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>The {what} contains {character} at position {position}; a web address has none. Type or paste it again on one line.</source>
        <translation>{what} : contient {character} à la position {position} ; une adresse web n&apos;en a pas. Saisissez-la ou collez-la à nouveau sur une ligne.</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>un retour à la ligne</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>une espace</translation>
    </message>
    <message>
        <source>an invisible character (U+{code})</source>
        <translation>un caractère invisible (U+{code})</translation>
    </message>
    <message>
        <source>Paste a long-lived access token (Home Assistant → your profile → Security → Long-lived access tokens → Create token).</source>
        <translation>Collez un jeton d&apos;accès longue durée (Home Assistant → votre profil → Sécurité → Jetons d&apos;accès longue durée → Créer un jeton).</translation>
    </message>
    <message>
        <source>The access token contains spaces or line breaks; copy it again.</source>
        <translation>Le jeton d&apos;accès contient des espaces ou des retours à la ligne ; copiez-le à nouveau.</translation>
    </message>
    <message>
        <source>That does not look like a Home Assistant long-lived access token (a long text with two dots); create one under your HA profile → Security.</source>
        <translation>Cela ne ressemble pas à un jeton d&apos;accès longue durée de Home Assistant (un long texte avec deux points) ; créez-en un sous votre profil HA → Sécurité.</translation>
    </message>
    <message>
        <source>The sync interval must be {lowest} to {highest} minutes.</source>
        <translation>L&apos;intervalle de synchronisation doit être de {lowest} à {highest} minutes.</translation>
    </message>
</context>
<context>
    <name>core.withings</name>
    <message>
        <source>Withings no longer accepts the saved login; re-authorize this profile from the tray menu (Settings / Re-authorize) or with `withings-gui login`.</source>
        <translation>Withings n&apos;accepte plus la connexion enregistrée ; réautorisez ce profil depuis le menu de l&apos;icône (Réglages / Réautoriser) ou avec `withings-gui login`.</translation>
    </message>
    <message>
        <source>The Withings authorization code expired or was already used — codes live about 30 seconds; log in again.</source>
        <translation>Le code d&apos;autorisation Withings a expiré ou a déjà servi — les codes vivent environ 30 secondes ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>Withings did not accept the Client Id or Consumer Secret; copy both again from your Withings developer dashboard and log in again.</source>
        <translation>Withings n&apos;a pas accepté le Client Id ou le Consumer Secret ; copiez-les à nouveau depuis votre tableau de bord développeur Withings et reconnectez-vous.</translation>
    </message>
    <message>
        <source>Withings refused the callback URL: it must be exactly the Callback URI saved in your Withings developer app (same https, host, path, no extra slash).</source>
        <translation>Withings a refusé l&apos;URL de rappel : elle doit être exactement la Callback URI enregistrée dans votre app de développeur Withings (même https, même hôte, même chemin, pas de barre oblique en plus).</translation>
    </message>
    <message>
        <source>(Withings said: {detail})</source>
        <translation>(Withings a dit : {detail})</translation>
    </message>
    <message>
        <source>(status {status})</source>
        <translation>(statut {status})</translation>
    </message>
    <message>
        <source>Withings says there were too many requests; waiting {seconds} s before trying again.</source>
        <translation>Withings signale trop de requêtes ; attente de {seconds} s avant un nouvel essai.</translation>
    </message>
    <message>
        <source>Withings does not let this login read them (status 403); log in again (Settings / Re-authorize) and allow every permission Withings asks for.</source>
        <translation>Withings ne laisse pas cette connexion les lire (statut 403) ; reconnectez-vous (Réglages / Réautoriser) et accordez toutes les autorisations que Withings demande.</translation>
    </message>
    <message>
        <source>Withings rejected the request as invalid (status 503); the app tries again later.</source>
        <translation>Withings a rejeté la requête comme invalide (statut 503) ; l&apos;app réessaie plus tard.</translation>
    </message>
    <message>
        <source>Withings had a problem (status {status}); the app tries again later.</source>
        <translation>Withings a eu un problème (statut {status}) ; l&apos;app réessaie plus tard.</translation>
    </message>
    <message>
        <source>Withings answered with status {status}.</source>
        <translation>Withings a répondu avec le statut {status}.</translation>
    </message>
    <message>
        <source>Withings did not answer in time (no complete answer within {seconds} s); the app tries again later.</source>
        <translation>Withings n&apos;a pas répondu à temps (pas de réponse complète en {seconds} s) ; l&apos;app réessaie plus tard.</translation>
    </message>
    <message>
        <source>Withings did not answer in time; the app tries again later.</source>
        <translation>Withings n&apos;a pas répondu à temps ; l&apos;app réessaie plus tard.</translation>
    </message>
    <message>
        <source>Could not reach Withings ({error}); check the internet connection.</source>
        <translation>Impossible de joindre Withings ({error}) ; vérifiez la connexion internet.</translation>
    </message>
</context>
<context>
    <name>tray.app</name>
    <message>
        <source>Sync did not complete</source>
        <translation>Synchronisation inachevée</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <source>Pause not saved</source>
        <translation>Pause non enregistrée</translation>
    </message>
    <message>
        <source>Settings not reloaded</source>
        <translation>Réglages non rechargés</translation>
    </message>
</context>
<context>
    <name>tray.devices</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchro</translation>
    </message>
    <message>
        <source>No devices yet: Withings lists them after the next sync.</source>
        <translation>Pas encore d&apos;appareils : Withings les liste après la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Non indiquée</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>À l&apos;instant</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>il y a 1 minute</translation>
    </message>
    <message>
        <source>{count} minutes ago</source>
        <translation>il y a {count} minutes</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>il y a 1 heure</translation>
    </message>
    <message>
        <source>{count} hours ago</source>
        <translation>il y a {count} heures</translation>
    </message>
    <message>
        <source>Withings devices — {profile}</source>
        <translation>Appareils Withings — {profile}</translation>
    </message>
    <message>
        <source>Reading the devices…</source>
        <translation>Lecture des appareils…</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Unknown model</source>
        <translation>Modèle inconnu</translation>
    </message>
    <message>
        <source>Low: charge it or change its batteries soon</source>
        <translation>Faible : rechargez-le ou changez ses piles bientôt</translation>
    </message>
    <message>
        <source>1 device, as of the last sync.</source>
        <translation>1 appareil, selon la dernière synchronisation.</translation>
    </message>
    <message>
        <source>{count} devices, as of the last sync.</source>
        <translation>{count} appareils, selon la dernière synchronisation.</translation>
    </message>
    <message>
        <source>The devices could not be read: {why}</source>
        <translation>Les appareils n&apos;ont pas pu être lus : {why}</translation>
    </message>
</context>
<context>
    <name>tray.fallback</name>
    <message>
        <source>This desktop has no system tray, so Withings GUI runs in this small window instead. Closing it stops syncing.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification, Withings GUI fonctionne donc dans cette petite fenêtre. La fermer arrête la synchronisation.</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;More…</source>
        <translation>&amp;Plus…</translation>
    </message>
</context>
<context>
    <name>tray.history</name>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Dernière année</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>No weigh-ins in the last 30 days</source>
        <translation>Aucune pesée ces 30 derniers jours</translation>
    </message>
    <message>
        <source>No weigh-ins in the last year</source>
        <translation>Aucune pesée cette dernière année</translation>
    </message>
    <message>
        <source>No weigh-ins yet</source>
        <translation>Pas encore de pesée</translation>
    </message>
    <message>
        <source>&amp;Show last 30 days</source>
        <translation>Afficher les &amp;30 derniers jours</translation>
    </message>
    <message>
        <source>&amp;Show last year</source>
        <translation>Afficher la dernière &amp;année</translation>
    </message>
    <message>
        <source>&amp;Show all</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Withings history — {profile}</source>
        <translation>Historique Withings — {profile}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>1 weigh-in</source>
        <translation>1 pesée</translation>
    </message>
    <message>
        <source>{count} weigh-ins</source>
        <translation>{count} pesées</translation>
    </message>
    <message>
        <source>Weigh-ins from your Withings scale show here after the next sync.</source>
        <translation>Les pesées de votre balance Withings apparaissent ici après la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The latest is from {date}.</source>
        <translation>La plus récente date du {date}.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Could not read the history</source>
        <translation>Impossible de lire l&apos;historique</translation>
    </message>
    <message>
        <source>Latest: {reading}</source>
        <translation>Dernière : {reading}</translation>
    </message>
</context>
<context>
    <name>tray.history_chart</name>
    <message>
        <source>History chart</source>
        <translation>Graphique de l&apos;historique</translation>
    </message>
    <message>
        <source>Left and right arrows step through the points, up and down change the measure, Home and End jump to the ends</source>
        <translation>Les flèches gauche et droite parcourent les points, haut et bas changent de mesure, Début et Fin sautent aux extrémités</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Mass ({unit})</source>
        <translation>Masse ({unit})</translation>
    </message>
    <message>
        <source>Date ({years})</source>
        <translation>Date ({years})</translation>
    </message>
</context>
<context>
    <name>tray.launch</name>
    <message>
        <source>withings-gui is already running in the tray; its menu has everything.</source>
        <translation>withings-gui tourne déjà dans la zone de notification ; son menu a tout.</translation>
    </message>
</context>
<context>
    <name>tray.menu</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Open &amp;Home Assistant</source>
        <translation>&amp;Ouvrir Home Assistant</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>&amp;Appareils…</translation>
    </message>
    <message>
        <source>Se&amp;ttings / Re-run setup…</source>
        <translation>Réglages / &amp;Relancer la configuration…</translation>
    </message>
    <message>
        <source>&amp;Re-authorize…</source>
        <translation>Réa&amp;utoriser…</translation>
    </message>
    <message>
        <source>&amp;Pause syncing</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Why is a measure &amp;missing?…</source>
        <translation>Pourquoi une mesure &amp;manque-t-elle ?…</translation>
    </message>
    <message>
        <source>Why is a measure missing? ({profile})…</source>
        <translation>Pourquoi une mesure manque-t-elle ? ({profile})…</translation>
    </message>
</context>
<context>
    <name>tray.missing</name>
    <message>
        <source>Every measure the devices of this account give has arrived.</source>
        <translation>Toutes les mesures que donnent les appareils de ce compte sont arrivées.</translation>
    </message>
    <message>
        <source>Why is a measure missing? — {profile}</source>
        <translation>Pourquoi une mesure manque-t-elle ? — {profile}</translation>
    </message>
    <message>
        <source>Measures the devices of &apos;{profile}&apos; could give but Withings did not send, and the likely reason:</source>
        <translation>Mesures que les appareils de &apos;{profile}&apos; pourraient donner mais que Withings n&apos;a pas envoyées, et la raison probable :</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lecture de l&apos;historique…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>The history could not be read: {why}</source>
        <translation>L&apos;historique n&apos;a pas pu être lu : {why}</translation>
    </message>
</context>
<context>
    <name>tray.notify</name>
    <message>
        <source>New weigh-in</source>
        <translation>Nouvelle pesée</translation>
    </message>
    <message>
        <source>Choose Re-authorize in the tray menu. {why}</source>
        <translation>Choisissez Réautoriser dans le menu de l&apos;icône. {why}</translation>
    </message>
    <message>
        <source>Withings needs you to log in again</source>
        <translation>Withings vous demande de vous reconnecter</translation>
    </message>
    <message>
        <source>{devices} ({profile})</source>
        <translation>{devices} ({profile})</translation>
    </message>
    <message>
        <source>{device}: its battery is low. Charge it or change the batteries.</source>
        <translation>{device} : sa batterie est faible. Rechargez-le ou changez les piles.</translation>
    </message>
    <message>
        <source>{devices}: their batteries are low. Charge them or change the batteries.</source>
        <translation>{devices} : leurs batteries sont faibles. Rechargez-les ou changez les piles.</translation>
    </message>
    <message>
        <source>Withings battery low</source>
        <translation>Batterie Withings faible</translation>
    </message>
</context>
<context>
    <name>tray.status</name>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>synchronisation</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>périmé</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>needs re-authorization</source>
        <translation>réautorisation nécessaire</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>{weight}, weighed {when}</source>
        <translation>{weight}, pesé {when}</translation>
    </message>
    <message>
        <source>No weigh-in yet</source>
        <translation>Pas encore de pesée</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Dernière synchro : {when}</translation>
    </message>
    <message>
        <source>{state}: {why}</source>
        <translation>{state} : {why}</translation>
    </message>
    <message>
        <source>No weight yet</source>
        <translation>Pas encore de poids</translation>
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
        <translation>aucune synchronisation réussie depuis {age}</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation>{count} heures</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} jours</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>{count} years</source>
        <translation>{count} ans</translation>
    </message>
    <message>
        <source>{profile}: {why}</source>
        <translation>{profile} : {why}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>aujourd&apos;hui {time}</translation>
    </message>
    <message>
        <source>{when} (ahead of this computer&apos;s clock)</source>
        <translation>{when} (en avance sur l&apos;horloge de cet ordinateur)</translation>
    </message>
</context>
</TS>
