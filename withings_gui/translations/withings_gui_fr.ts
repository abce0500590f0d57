<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AuthorizePage</name>
    <message>
        <source>Withings login</source>
        <translation>Connexion Withings</translation>
    </message>
    <message>
        <source>Log in to Withings</source>
        <translation>Se connecter à Withings</translation>
    </message>
    <message>
        <source>Log in with the Withings account of the person whose data this is, and allow access.</source>
        <translation>Connectez-vous avec le compte Withings de la personne à qui appartiennent ces données, puis autorisez l&apos;accès.</translation>
    </message>
    <message>
        <source>Use my o&amp;wn browser instead</source>
        <translation>Utiliser plutôt mon &amp;propre navigateur</translation>
    </message>
    <message>
        <source>Loading the Withings login…</source>
        <translation>Chargement de la connexion Withings…</translation>
    </message>
    <message>
        <source>Paste the whole address your browser ended on</source>
        <translation>Collez l&apos;adresse complète sur laquelle votre navigateur s&apos;est arrêté</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>If Withings shows an error about the &lt;i&gt;redirect_uri&lt;/i&gt;, the Callback URI of your Withings app must be exactly &lt;code&gt;{url}&lt;/code&gt;.</source>
        <translation>Si Withings affiche une erreur sur la &lt;i&gt;redirect_uri&lt;/i&gt;, la Callback URI de votre application Withings doit être exactement &lt;code&gt;{url}&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>{error} Go Back to the callback URL and Client Id pages.</source>
        <translation>{error} Revenez aux pages URL de rappel et Client Id.</translation>
    </message>
    <message>
        <source>The built-in browser is not available on this system.</source>
        <translation>Le navigateur intégré n&apos;est pas disponible sur ce système.</translation>
    </message>
    <message>
        <source>The Withings page did not load; check the internet connection or use your own browser.</source>
        <translation>La page Withings ne s&apos;est pas chargée ; vérifiez la connexion Internet ou utilisez votre propre navigateur.</translation>
    </message>
    <message>
        <source>{refused}. This setup uses {url}: put exactly that in your Withings app, then click “Try again”.</source>
        <translation>{refused}. Cette configuration utilise {url} : indiquez exactement cela dans votre application Withings, puis cliquez sur « Réessayer ».</translation>
    </message>
    <message>
        <source>After you allow access it goes to your callback address (an error page there is fine): copy that whole address and paste it below.</source>
        <translation>Après votre autorisation, il se rend à votre adresse de rappel (une page d&apos;erreur à cet endroit n&apos;est pas un problème) : copiez cette adresse complète et collez-la ci-dessous.</translation>
    </message>
    <message>
        <source>Your browser opens the Withings login (the address is below if it does not). {then}</source>
        <translation>Votre navigateur ouvre la connexion Withings (sinon, l&apos;adresse est ci-dessous). {then}</translation>
    </message>
    <message>
        <source>No browser could be opened from here: copy the address below into a browser and log in there. {then}</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert d&apos;ici : copiez l&apos;adresse ci-dessous dans un navigateur et connectez-vous-y. {then}</translation>
    </message>
    <message>
        <source>Paste the address your browser ended on.</source>
        <translation>Collez l&apos;adresse sur laquelle votre navigateur s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Logged in: Withings user {user}.</source>
        <translation>Connecté : utilisateur Withings {user}.</translation>
    </message>
    <message>
        <source>Logged in: Withings user {user}. Click Next.</source>
        <translation>Connecté : utilisateur Withings {user}. Cliquez sur « Suivant ».</translation>
    </message>
    <message>
        <source>{error} Click “Try again” to log in again.</source>
        <translation>{error} Cliquez sur « Réessayer » pour vous reconnecter.</translation>
    </message>
</context>
<context>
    <name>CallbackPage</name>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Callback address</source>
        <translation>Adresse de rappel</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de rappel</translation>
    </message>
    <message>
        <source>The address Withings sends you back to after you log in. Withings checks it when you save your developer app; we check it the same way first.</source>
        <translation>L&apos;adresse vers laquelle Withings vous renvoie après la connexion. Withings la vérifie quand vous enregistrez votre application de développeur ; nous la vérifions d&apos;abord de la même façon.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Look the name up, check the certificate and send an HTTP HEAD, as Withings does</source>
        <translation>Résoudre le nom, vérifier le certificat et envoyer un HTTP HEAD, comme le fait Withings</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Set this as Home Assistant&apos;s e&amp;xternal URL</source>
        <translation>Définir comme URL e&amp;xterne de Home Assistant</translation>
    </message>
    <message>
        <source>Possible once every check has passed</source>
        <translation>Possible une fois toutes les vérifications réussies</translation>
    </message>
    <message>
        <source>Withings sends your browser to this address after you log in, and this app catches that step before the page loads, so it never has to reach your Home Assistant: nothing needs opening to the internet. It only has to satisfy Withings when you save your developer app: any https page you trust that answers will do.</source>
        <translation>Withings envoie votre navigateur à cette adresse après la connexion, et cette application intercepte cette étape avant le chargement de la page : elle n&apos;a donc jamais besoin d&apos;atteindre votre Home Assistant, rien n&apos;est à ouvrir sur Internet. Elle doit seulement satisfaire Withings quand vous enregistrez votre application de développeur : toute page https de confiance qui répond convient.</translation>
    </message>
    <message>
        <source>Home Assistant must know this address as its external URL. Set it from here, or paste this into configuration.yaml:</source>
        <translation>Home Assistant doit connaître cette adresse comme URL externe. Définissez-la d&apos;ici, ou collez ceci dans configuration.yaml :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; the simulated Withings accepts this URL without looking it up; these checks are for a real setup.</source>
        <translation>&lt;b&gt;Démo :&lt;/b&gt; le Withings simulé accepte cette URL sans la résoudre ; ces vérifications servent à une vraie configuration.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>À &amp;partir de :</translation>
    </message>
    <message>
        <source>Callback URL:</source>
        <translation>URL de rappel :</translation>
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation>&amp;URL de rappel :</translation>
    </message>
    <message>
        <source>Changed http:// to https://: Withings accepts https only.</source>
        <translation>http:// remplacé par https:// : Withings n&apos;accepte que https.</translation>
    </message>
    <message>
        <source>fix what is marked with a cross first</source>
        <translation>corrigez d&apos;abord ce qui est marqué d&apos;une croix</translation>
    </message>
    <message>
        <source>press Check</source>
        <translation>cliquez sur « Vérifier »</translation>
    </message>
    <message>
        <source>Not checked yet: {why}.</source>
        <translation>Pas encore vérifié : {why}.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the check stopped</source>
        <translation>la vérification s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>The check stopped: {error}</source>
        <translation>La vérification s&apos;est arrêtée : {error}</translation>
    </message>
    <message>
        <source>Withings would refuse this callback URL: fix what is marked with a cross and check again.</source>
        <translation>Withings refuserait cette URL de rappel : corrigez ce qui est marqué d&apos;une croix et vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Setting the external URL…</source>
        <translation>Définition de l&apos;URL externe…</translation>
    </message>
    <message>
        <source>Could not set the external URL ({error}); paste the YAML instead.</source>
        <translation>Impossible de définir l&apos;URL externe ({error}) ; collez plutôt le YAML.</translation>
    </message>
    <message>
        <source>Home Assistant&apos;s external URL is now {url}.</source>
        <translation>L&apos;URL externe de Home Assistant est maintenant {url}.</translation>
    </message>
    <message>
        <source>Not set: Home Assistant&apos;s core settings come from configuration.yaml, so a change made from here would be lost at its next restart. Paste the YAML above into configuration.yaml instead (replace an external_url line already there), then restart Home Assistant.</source>
        <translation>Non définie : les paramètres de base de Home Assistant viennent de configuration.yaml, une modification faite d&apos;ici serait donc perdue au prochain redémarrage. Collez plutôt le YAML ci-dessus dans configuration.yaml (remplacez une ligne external_url déjà présente), puis redémarrez Home Assistant.</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Copier dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Sharing the app with Home Assistant&apos;s own Withings integration works, but Withings does not say whether a second login of the same person can end the other&apos;s session; if either one keeps asking you to log in again, create a second app for this one.</source>
        <translation>Partager l&apos;application avec l&apos;intégration Withings de Home Assistant fonctionne, mais Withings ne dit pas si une seconde connexion de la même personne peut mettre fin à l&apos;autre session ; si l&apos;une des deux vous redemande sans cesse de vous connecter, créez une seconde application pour celle-ci.</translation>
    </message>
    <message>
        <source>App keys</source>
        <translation>Clés de l&apos;appli</translation>
    </message>
    <message>
        <source>Client Id and Consumer Secret</source>
        <translation>Client Id et Consumer Secret</translation>
    </message>
    <message>
        <source>Copy both from your Withings developer app.</source>
        <translation>Copiez les deux depuis votre application de développeur Withings.</translation>
    </message>
    <message>
        <source>S&amp;how the secret</source>
        <translation>&amp;Afficher le secret</translation>
    </message>
    <message>
        <source>Client &amp;Id:</source>
        <translation>Client &amp;Id :</translation>
    </message>
    <message>
        <source>Consumer &amp;Secret:</source>
        <translation>Consumer &amp;Secret :</translation>
    </message>
    <message>
        <source>Callback &amp;URL as registered:</source>
        <translation>&amp;URL de rappel telle qu&apos;enregistrée :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; the simulated Withings&apos; demo app is filled in.</source>
        <translation>&lt;b&gt;Démo :&lt;/b&gt; l&apos;application de démo du Withings simulé est remplie.</translation>
    </message>
    <message>
        <source>Your Withings developer app</source>
        <translation>Votre application de développeur Withings</translation>
    </message>
    <message>
        <source>The secret is kept in your system keyring ({keyring}), never in a settings file.</source>
        <translation>Le secret est conservé dans le trousseau de votre système ({keyring}), jamais dans un fichier de paramètres.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Units and first sync</source>
        <translation>Unités, 1re synchro</translation>
    </message>
    <message>
        <source>Options and first sync</source>
        <translation>Options et première synchronisation</translation>
    </message>
    <message>
        <source>Choose how the sensors look, then the first sync runs.</source>
        <translation>Choisissez l&apos;aspect des capteurs, puis la première synchronisation s&apos;exécute.</translation>
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
        <translation>l&amp;es deux (capteurs kg et _lbs)</translation>
    </message>
    <message>
        <source>s&amp;t (_st sensors; shown as 11 st 2 lb)</source>
        <translation>s&amp;t (capteurs _st ; ex. 11 st 2 lb)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Start the tray when I log in</source>
        <translation>Lancer l&apos;icône de notification à ma connexion</translation>
    </message>
    <message>
        <source>Notify me of each new weigh-in</source>
        <translation>M&apos;avertir à chaque nouvelle pesée</translation>
    </message>
    <message>
        <source>Copy YAML</source>
        <translation>Copier le YAML</translation>
    </message>
    <message>
        <source>Check Home Assistant&apos;s &amp;configuration</source>
        <translation>&amp;Vérifier la configuration de HA</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Add another person…</source>
        <translation>&amp;Ajouter une autre personne…</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Unités :</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>&amp;Intervalle :</translation>
    </message>
    <message>
        <source>Publishing kg only but want pounds in HA too? Template sensors for configuration.yaml:</source>
        <translation>Vous publiez en kg seulement mais voulez aussi des livres dans HA ? Capteurs template pour configuration.yaml :</translation>
    </message>
    <message>
        <source>Home Assistant:</source>
        <translation>Home Assistant :</translation>
    </message>
    <message>
        <source>First sync:</source>
        <translation>1re synchro :</translation>
    </message>
    <message>
        <source>No Home Assistant in this setup.</source>
        <translation>Pas de Home Assistant dans cette configuration.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Configuration valid.</source>
        <translation>Configuration valide.</translation>
    </message>
    <message>
        <source>Configuration invalid.</source>
        <translation>Configuration non valide.</translation>
    </message>
    <message>
        <source>Errors: {detail}</source>
        <translation>Erreurs : {detail}</translation>
    </message>
    <message>
        <source>Warnings: {detail}</source>
        <translation>Avertissements : {detail}</translation>
    </message>
    <message>
        <source>Syncing with Withings…</source>
        <translation>Synchronisation avec Withings…</translation>
    </message>
    <message>
        <source>The first sync did not fully work: {error}</source>
        <translation>La première synchronisation n&apos;a pas entièrement fonctionné : {error}</translation>
    </message>
    <message>
        <source>The first sync failed: {error}</source>
        <translation>La première synchronisation a échoué : {error}</translation>
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
        <translation>Se connecter à Home Assistant</translation>
    </message>
    <message>
        <source>Its address as this computer reaches it, and a long-lived access token (your HA profile → Security → Long-lived access tokens).</source>
        <translation>Son adresse telle que cet ordinateur l&apos;atteint, et un jeton d&apos;accès longue durée (votre profil HA → Sécurité → Jetons d&apos;accès longue durée).</translation>
    </message>
    <message>
        <source>only for a self-signed certificate (.pem, .crt)</source>
        <translation>seulement pour un certificat auto-signé (.pem, .crt)</translation>
    </message>
    <message>
        <source>Trust certificate &amp;file…</source>
        <translation>Certificat de &amp;confiance…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>This address works only in your home network. If your Home Assistant has no address on the internet, choose the home-network path: nothing needs opening to the internet.</source>
        <translation>Cette adresse ne fonctionne que dans votre réseau domestique. Si votre Home Assistant n&apos;a pas d&apos;adresse sur Internet, choisissez le chemin « réseau domestique seulement » : rien n&apos;est à ouvrir sur Internet.</translation>
    </message>
    <message>
        <source>&amp;Use the home-network path</source>
        <translation>&amp;Utiliser le chemin « réseau domestique »</translation>
    </message>
    <message>
        <source>&amp;Skip Home Assistant (demo only: the sensors are shown, not sent)</source>
        <translation>&amp;Ignorer Home Assistant (démo : capteurs affichés seulement)</translation>
    </message>
    <message>
        <source>Home Assistant &amp;address:</source>
        <translation>&amp;Adresse de Home Assistant :</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>&amp;Jeton d&apos;accès :</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat :</translation>
    </message>
    <message>
        <source>In the demo you may skip this step; the tray then shows the demo data without sending it anywhere.</source>
        <translation>Dans la démo, vous pouvez ignorer cette étape ; l&apos;icône de notification affiche alors les données de démo sans les envoyer nulle part.</translation>
    </message>
    <message>
        <source>Tested before with this address and token.</source>
        <translation>Déjà testé avec cette adresse et ce jeton.</translation>
    </message>
    <message>
        <source>Connected to Home Assistant {version} “{name}”.</source>
        <translation>Connecté à Home Assistant {version} « {name} ».</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Trust Home Assistant&apos;s certificate</source>
        <translation>Faire confiance au certificat de Home Assistant</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Home network only: Withings never needs to reach this Home Assistant.</source>
        <translation>Réseau domestique seulement : Withings n&apos;a jamais besoin d&apos;atteindre ce Home Assistant.</translation>
    </message>
</context>
<context>
    <name>Mark</name>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>current</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>à venir</translation>
    </message>
</context>
<context>
    <name>NumberBadge</name>
    <message>
        <source>field {number} in the picture</source>
        <translation>champ {number} sur l&apos;image</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>The setup could not be saved: {error}</source>
        <translation>La configuration n&apos;a pas pu être enregistrée : {error}</translation>
    </message>
</context>
<context>
    <name>PathPage</name>
    <message>
        <source>A Withings account</source>
        <translation>Un compte Withings</translation>
    </message>
    <message>
        <source>with the person&apos;s measurements in the Withings app</source>
        <translation>avec les mesures de la personne dans l&apos;application Withings</translation>
    </message>
    <message>
        <source>Home Assistant</source>
        <translation>Home Assistant</translation>
    </message>
    <message>
        <source>its address and a long-lived access token from your HA profile</source>
        <translation>son adresse et un jeton d&apos;accès longue durée de votre profil HA</translation>
    </message>
    <message>
        <source>About ten minutes</source>
        <translation>Une dizaine de minutes</translation>
    </message>
    <message>
        <source>you can close the wizard and continue later where you left off</source>
        <translation>vous pouvez fermer l&apos;assistant et reprendre plus tard là où vous vous êtes arrêté</translation>
    </message>
    <message>
        <source>&lt;b&gt;{what}&lt;/b&gt; — {why}</source>
        <translation>&lt;b&gt;{what}&lt;/b&gt; — {why}</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>This wizard connects your Withings account to Home Assistant. Your measurements then appear there as sensors, kept current from an icon beside the clock.</source>
        <translation>Cet assistant relie votre compte Withings à Home Assistant. Vos mesures y apparaissent ensuite comme capteurs, tenus à jour depuis une icône à côté de l&apos;horloge.</translation>
    </message>
    <message>
        <source>Only on my home net&amp;work (nothing to open to the internet)</source>
        <translation>Seulement sur mon &amp;réseau local (rien à ouvrir sur Internet)</translation>
    </message>
    <message>
        <source>&amp;Home Assistant Cloud (Nabu Casa)</source>
        <translation>&amp;Home Assistant Cloud (Nabu Casa)</translation>
    </message>
    <message>
        <source>My &amp;own public domain with https (e.g. https://ha.example.com)</source>
        <translation>Mon &amp;propre domaine en https (p. ex. https://ha.example.com)</translation>
    </message>
    <message>
        <source>I already have a Withings &amp;developer app</source>
        <translation>J&apos;ai déjà une application de &amp;développeur Withings</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Ce qu&apos;il vous faut</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>You register a free developer app with Withings (every value to type is given), log in to Withings here, and the first sync sends the measurements to Home Assistant. This app talks to Withings and Home Assistant directly; your login stays on this computer.</source>
        <translation>Vous enregistrez une application de développeur gratuite chez Withings (chaque valeur à saisir est fournie), vous vous connectez ici à Withings, et la première synchronisation envoie les mesures à Home Assistant. Cette application dialogue directement avec Withings et Home Assistant ; votre connexion reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>How is your Home Assistant reached from outside?</source>
        <translation>Comment joindre votre Home Assistant de l&apos;extérieur ?</translation>
    </message>
    <message>
        <source>Withings&apos; login ends at your developer app&apos;s callback address; this app catches that step itself, so the address never has to lead to your Home Assistant.</source>
        <translation>La connexion Withings se termine à l&apos;adresse de rappel de votre application de développeur ; cette application intercepte elle-même cette étape, l&apos;adresse n&apos;a donc jamais besoin de mener à votre Home Assistant.</translation>
    </message>
    <message>
        <source>For example the one made for Home Assistant&apos;s own Withings integration: its values are then used instead of a new app&apos;s.</source>
        <translation>Par exemple celle créée pour l&apos;intégration Withings de Home Assistant : ses valeurs sont alors utilisées au lieu de celles d&apos;une nouvelle application.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; everything runs against a simulated Withings; any choice works.</source>
        <translation>&lt;b&gt;Démo :&lt;/b&gt; tout fonctionne avec un Withings simulé ; n&apos;importe quel choix convient.</translation>
    </message>
</context>
<context>
    <name>PortalFigure</name>
    <message>
        <source>Picture of the Withings developer portal&apos;s forms</source>
        <translation>Image des formulaires du portail développeur Withings</translation>
    </message>
</context>
<context>
    <name>PortalPage</name>
    <message>
        <source>Withings app</source>
        <translation>Application Withings</translation>
    </message>
    <message>
        <source>Create your Withings developer app</source>
        <translation>Créer votre application de développeur Withings</translation>
    </message>
    <message>
        <source>Withings lets you read your own data through an app you register. Open the developer portal, create an application of the kind “Public API integration” and fill in:</source>
        <translation>Withings vous permet de lire vos propres données via une application que vous enregistrez. Ouvrez le portail développeur, créez une application du type « Public API integration » et remplissez :</translation>
    </message>
    <message>
        <source>&amp;Open the Withings developer portal</source>
        <translation>&amp;Ouvrir le portail Withings</translation>
    </message>
    <message>
        <source>Save &amp;logo…</source>
        <translation>Enregistrer le &amp;logo…</translation>
    </message>
    <message>
        <source>Withings asks for {first} and {second} once, for your developer account. The saved application shows its Client ID and Secret: keep that page open.</source>
        <translation>Withings demande {first} et {second} une seule fois, pour votre compte développeur. L&apos;application enregistrée affiche son Client ID et son Secret : gardez cette page ouverte.</translation>
    </message>
    <message>
        <source>I already &amp;have an app…</source>
        <translation>J&apos;ai &amp;déjà une application…</translation>
    </message>
    <message>
        <source>Already have a Withings developer app (for Home Assistant&apos;s own integration, say)? Use it instead.</source>
        <translation>Vous avez déjà une application de développeur Withings (pour l&apos;intégration de Home Assistant, par exemple) ? Utilisez-la plutôt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; nothing needs registering; the simulated Withings already knows a demo app, whose Client Id and Secret are filled in on the next page.</source>
        <translation>&lt;b&gt;Démo :&lt;/b&gt; rien à enregistrer ; le Withings simulé connaît déjà une application de démo, dont le Client Id et le Secret sont remplis à la page suivante.</translation>
    </message>
    <message>
        <source>No browser could be opened from here: copy the portal&apos;s address (above) into a browser.</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert d&apos;ici : copiez l&apos;adresse du portail (ci-dessus) dans un navigateur.</translation>
    </message>
    <message>
        <source>Save the logo</source>
        <translation>Enregistrer le logo</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
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
        <translation>À qui sont ces données ?</translation>
    </message>
    <message>
        <source>The name becomes part of every entity id in Home Assistant.</source>
        <translation>Le nom fait partie de chaque ID d&apos;entité dans Home Assistant.</translation>
    </message>
    <message>
        <source>Alice</source>
        <translation>Alice</translation>
    </message>
    <message>
        <source>Also read &amp;ECG results</source>
        <translation>Lire aussi les résultats d&apos;&amp;ECG</translation>
    </message>
    <message>
        <source>The latest atrial fibrillation classification and its date. Withings gives ECGs with the “user.metrics” access this app already asks for, so no new login is needed.</source>
        <translation>La dernière classification de fibrillation auriculaire et sa date. Withings fournit les ECG avec l&apos;accès « user.metrics » que cette application demande déjà : aucune nouvelle connexion n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>Person&apos;s na&amp;me:</source>
        <translation>No&amp;m de la personne :</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <source>Entities:</source>
        <translation>Entités :</translation>
    </message>
    <message>
        <source>Logged in to Withings as user &lt;b&gt;{user}&lt;/b&gt;. Name the person who owns that account.</source>
        <translation>Connecté à Withings en tant qu&apos;utilisateur &lt;b&gt;{user}&lt;/b&gt;. Nommez la personne à qui appartient ce compte.</translation>
    </message>
    <message>
        <source>Could not read Home Assistant&apos;s entities ({error}).</source>
        <translation>Impossible de lire les entités de Home Assistant ({error}).</translation>
    </message>
    <message>
        <source>{conflict}. Choose another name.</source>
        <translation>{conflict}. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Home Assistant already has {count} of these entities (e.g. {example}). If they come from an earlier setup of this app that is fine; otherwise choose another name.</source>
        <translation>Home Assistant a déjà {count} de ces entités (p. ex. {example}). Si elles viennent d&apos;une configuration précédente de cette application, c&apos;est normal ; sinon, choisissez un autre nom.</translation>
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
        <translation>Comment corriger : {fix}</translation>
    </message>
    <message>
        <source>(a warning; Withings would accept it)</source>
        <translation>(un avertissement ; Withings l&apos;accepterait)</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Withings GUI setup (demo)</source>
        <translation>Configuration de Withings GUI (démo)</translation>
    </message>
    <message>
        <source>Withings GUI setup</source>
        <translation>Configuration de Withings GUI</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Withings GUI logo</source>
        <translation>Logo de Withings GUI</translation>
    </message>
    <message>
        <source>&lt;b&gt;Withings GUI&lt;/b&gt;&lt;br&gt;Setup</source>
        <translation>&lt;b&gt;Withings GUI&lt;/b&gt;&lt;br&gt;Configuration</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>{step}: {state}</source>
        <translation>{step} : {state}</translation>
    </message>
</context>
<context>
    <name>SyncProcess</name>
    <message>
        <source>The sync took longer than {seconds} s and was stopped.</source>
        <translation>La synchronisation a duré plus de {seconds} s et a été arrêtée.</translation>
    </message>
    <message>
        <source>The sync process could not start: {error}</source>
        <translation>Le processus de synchronisation n&apos;a pas pu démarrer : {error}</translation>
    </message>
    <message>
        <source>The sync process crashed ({code}): {error}</source>
        <translation>Le processus de synchronisation a planté ({code}) : {error}</translation>
    </message>
    <message>
        <source>The sync process crashed ({code}).</source>
        <translation>Le processus de synchronisation a planté ({code}).</translation>
    </message>
    <message>
        <source>The sync process exited {code}: {error}</source>
        <translation>Le processus de synchronisation s&apos;est terminé avec {code} : {error}</translation>
    </message>
    <message>
        <source>The sync process exited {code}.</source>
        <translation>Le processus de synchronisation s&apos;est terminé avec {code}.</translation>
    </message>
</context>
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
        <source>--remove needs --profile NAME</source>
        <translation>--remove demande --profile NOM</translation>
    </message>
    <message>
        <source>no profile &apos;{profile}&apos; to remove; configured: {profiles}</source>
        <translation>aucun profil &apos;{profile}&apos; à supprimer ; configurés : {profiles}</translation>
    </message>
    <message>
        <source>Removed profile &apos;{profile}&apos; ({what}); its history stays in {file}.</source>
        <translation>Profil &apos;{profile}&apos; supprimé ({what}) ; son historique reste dans {file}.</translation>
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
    <name>cli.listen</name>
    <message>
        <source>Home Assistant is reachable only on the home network, so Withings cannot send it notifications; checking on the sync interval instead.</source>
        <translation>Home Assistant n&apos;est joignable que sur le réseau domestique, Withings ne peut donc pas lui envoyer de notifications ; vérification à l&apos;intervalle de synchronisation à la place.</translation>
    </message>
    <message>
        <source>Home Assistant is not set up; run setup first.</source>
        <translation>Home Assistant n&apos;est pas configuré ; lancez d&apos;abord la configuration.</translation>
    </message>
    <message>
        <source>No Home Assistant token is saved; run setup again.</source>
        <translation>Aucun jeton Home Assistant n&apos;est enregistré ; relancez la configuration.</translation>
    </message>
    <message>
        <source>Home Assistant&apos;s webhook stopped: {problem}</source>
        <translation>Le webhook de Home Assistant s&apos;est arrêté : {problem}</translation>
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
    <message>
        <source>--notified: {problem}</source>
        <translation>--notified: {problem}</translation>
    </message>
</context>
<context>
    <name>core.callback_network</name>
    <message>
        <source>the name resolves</source>
        <translation>le nom est résolu</translation>
    </message>
    <message>
        <source>a certificate from a public authority</source>
        <translation>un certificat d&apos;une autorité publique</translation>
    </message>
    <message>
        <source>answers an HTTP HEAD request</source>
        <translation>répond à une requête HTTP HEAD</translation>
    </message>
    <message>
        <source>Use Home Assistant Cloud (Nabu Casa), or get a certificate from a public authority, e.g. with Home Assistant&apos;s Let&apos;s Encrypt add-on.</source>
        <translation>Utilisez Home Assistant Cloud (Nabu Casa), ou obtenez un certificat d&apos;une autorité publique, p. ex. avec le module complémentaire Let&apos;s Encrypt de Home Assistant.</translation>
    </message>
    <message>
        <source>The certificate of {host} has expired.</source>
        <translation>Le certificat de {host} a expiré.</translation>
    </message>
    <message>
        <source>Renew it; Home Assistant&apos;s Let&apos;s Encrypt add-on renews automatically, and Home Assistant Cloud (Nabu Casa) needs no certificate of your own.</source>
        <translation>Renouvelez-le ; le module complémentaire Let&apos;s Encrypt de Home Assistant le renouvelle automatiquement, et Home Assistant Cloud (Nabu Casa) n&apos;a besoin d&apos;aucun certificat à vous.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not valid yet.</source>
        <translation>Le certificat de {host} n&apos;est pas encore valide.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time, or wait until the certificate&apos;s start date.</source>
        <translation>Vérifiez la date et l&apos;heure de cet ordinateur, ou attendez la date de début du certificat.</translation>
    </message>
    <message>
        <source>The certificate of {host} is self-signed; Withings refuses it.</source>
        <translation>Le certificat de {host} est auto-signé ; Withings le refuse.</translation>
    </message>
    <message>
        <source>The certificate is not valid for {host} (it was issued for another name).</source>
        <translation>Le certificat n&apos;est pas valide pour {host} (il a été émis pour un autre nom).</translation>
    </message>
    <message>
        <source>Use the domain name the certificate was issued for, or get a certificate that includes {host} (the Let&apos;s Encrypt add-on&apos;s &apos;domains&apos; option).</source>
        <translation>Utilisez le nom de domaine pour lequel le certificat a été émis, ou obtenez un certificat qui inclut {host} (option « domains » du module Let&apos;s Encrypt).</translation>
    </message>
    <message>
        <source>The certificate of {host} has been revoked.</source>
        <translation>Le certificat de {host} a été révoqué.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not issued by a public certificate authority (or the server does not send the full chain).</source>
        <translation>Le certificat de {host} n&apos;est pas émis par une autorité de certification publique (ou le serveur n&apos;envoie pas la chaîne complète).</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the URL has no valid domain name</source>
        <translation>l&apos;URL n&apos;a pas de nom de domaine valide</translation>
    </message>
    <message>
        <source>{host} does not resolve</source>
        <translation>{host} n&apos;est pas résolu</translation>
    </message>
    <message>
        <source>there is no secure connection</source>
        <translation>il n&apos;y a pas de connexion sécurisée</translation>
    </message>
    <message>
        <source>Not checked: {reason}.</source>
        <translation>Non vérifié : {reason}.</translation>
    </message>
    <message>
        <source>Check the spelling, and that the domain&apos;s DNS record (A or AAAA) points at the public address of your Home Assistant.</source>
        <translation>Vérifiez l&apos;orthographe, et que l&apos;enregistrement DNS du domaine (A ou AAAA) pointe vers l&apos;adresse publique de votre Home Assistant.</translation>
    </message>
    <message>
        <source>Copy the address exactly from Home Assistant → Settings → Home Assistant Cloud → Remote control, and check that remote control is switched on.</source>
        <translation>Copiez l&apos;adresse exactement depuis Home Assistant → Paramètres → Home Assistant Cloud → Contrôle à distance, et vérifiez que le contrôle à distance est activé.</translation>
    </message>
    <message>
        <source>{host} does not resolve ({why}).</source>
        <translation>{host} n&apos;est pas résolu ({why}).</translation>
    </message>
    <message>
        <source>no such name</source>
        <translation>nom inexistant</translation>
    </message>
    <message>
        <source>the DNS server did not answer</source>
        <translation>le serveur DNS n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>aucune adresse</translation>
    </message>
    <message>
        <source>{host} resolves to {addresses}. That is an address inside a private network: make sure public DNS gives Withings your public address.</source>
        <translation>{host} est résolu en {addresses}. C&apos;est une adresse d&apos;un réseau privé : assurez-vous que le DNS public donne à Withings votre adresse publique.</translation>
    </message>
    <message>
        <source>{host} resolves to {addresses}.</source>
        <translation>{host} est résolu en {addresses}.</translation>
    </message>
    <message>
        <source>Could not connect to {host} on port {port} ({why}).</source>
        <translation>Impossible de se connecter à {host} sur le port {port} ({why}).</translation>
    </message>
    <message>
        <source>Make sure port {port} of your router is forwarded to Home Assistant, or use Home Assistant Cloud (Nabu Casa).</source>
        <translation>Assurez-vous que le port {port} de votre routeur est redirigé vers Home Assistant, ou utilisez Home Assistant Cloud (Nabu Casa).</translation>
    </message>
    <message>
        <source>{host} answers on port {port}, but not with https (plain http?).</source>
        <translation>{host} répond sur le port {port}, mais pas en https (simple http ?).</translation>
    </message>
    <message>
        <source>Serve Home Assistant over https on port 443 (ssl_certificate in the http: section, or a reverse proxy), or use Home Assistant Cloud.</source>
        <translation>Servez Home Assistant en https sur le port 443 (ssl_certificate dans la section http:, ou un proxy inverse), ou utilisez Home Assistant Cloud.</translation>
    </message>
    <message>
        <source>Check that port 443 reaches Home Assistant (or its proxy) over https.</source>
        <translation>Vérifiez que le port 443 atteint Home Assistant (ou son proxy) en https.</translation>
    </message>
    <message>
        <source>Certificate for {host} issued by {issuer}, valid until {date}.</source>
        <translation>Certificat pour {host} émis par {issuer}, valide jusqu&apos;au {date}.</translation>
    </message>
    <message>
        <source>Certificate for {host} issued by {issuer}.</source>
        <translation>Certificat pour {host} émis par {issuer}.</translation>
    </message>
    <message>
        <source>The secure (TLS) handshake with {host} failed ({why}).</source>
        <translation>La négociation sécurisée (TLS) avec {host} a échoué ({why}).</translation>
    </message>
    <message>
        <source>Check that Home Assistant (or the proxy in front of it) is running and reachable from the internet at this address.</source>
        <translation>Vérifiez que Home Assistant (ou le proxy devant lui) fonctionne et est joignable depuis Internet à cette adresse.</translation>
    </message>
    <message>
        <source>The server closed or reset the connection without answering the HEAD request.</source>
        <translation>Le serveur a fermé ou réinitialisé la connexion sans répondre à la requête HEAD.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not HTTP ({why}).</source>
        <translation>La réponse du serveur n&apos;est pas du HTTP ({why}).</translation>
    </message>
    <message>
        <source>The HEAD request got no answer ({why}).</source>
        <translation>La requête HEAD n&apos;a pas reçu de réponse ({why}).</translation>
    </message>
    <message>
        <source>Answered HEAD with HTTP {status} (any answer will do for Withings).</source>
        <translation>HEAD a répondu HTTP {status} (toute réponse convient à Withings).</translation>
    </message>
    <message>
        <source>no answer within {seconds} s</source>
        <translation>aucune réponse en {seconds} s</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation>connexion réinitialisée</translation>
    </message>
</context>
<context>
    <name>core.callback_url</name>
    <message>
        <source>Use the domain name Home Assistant is reachable at from the internet (Home Assistant Cloud, or your own domain), not an address of your home network.</source>
        <translation>Utilisez le nom de domaine sous lequel Home Assistant est joignable depuis Internet (Home Assistant Cloud, ou votre propre domaine), pas une adresse de votre réseau domestique.</translation>
    </message>
    <message>
        <source>Enter your Home Assistant Cloud address or your own domain.</source>
        <translation>Saisissez votre adresse Home Assistant Cloud ou votre propre domaine.</translation>
    </message>
    <message>
        <source>Enter the callback URL.</source>
        <translation>Saisissez l&apos;URL de rappel.</translation>
    </message>
    <message>
        <source>{value!r} is not a web address or domain name; it looks like https://ha.example.com.</source>
        <translation>{value!r} n&apos;est ni une adresse web ni un nom de domaine ; cela ressemble à https://ha.example.com.</translation>
    </message>
    <message>
        <source>The port in {value!r} is not a number from 1 to 65535.</source>
        <translation>Le port dans {value!r} n&apos;est pas un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>That is not a Home Assistant Cloud address; it looks like https://abcdef1234567890.ui.nabu.casa (Home Assistant → Settings → Home Assistant Cloud → Remote control).</source>
        <translation>Ce n&apos;est pas une adresse Home Assistant Cloud ; elle ressemble à https://abcdef1234567890.ui.nabu.casa (Home Assistant → Paramètres → Home Assistant Cloud → Contrôle à distance).</translation>
    </message>
    <message>
        <source>{value!r} has spaces in it; a web address has none.</source>
        <translation>{value!r} contient des espaces ; une adresse web n&apos;en a pas.</translation>
    </message>
    <message>
        <source>{value!r} is not a web address (it starts with {scheme}://, not https://).</source>
        <translation>{value!r} n&apos;est pas une adresse web (elle commence par {scheme}://, pas par https://).</translation>
    </message>
    <message>
        <source>{value!r} is not a web address.</source>
        <translation>{value!r} n&apos;est pas une adresse web.</translation>
    </message>
    <message>
        <source>Use {url}.</source>
        <translation>Utilisez {url}.</translation>
    </message>
    <message>
        <source>Uses https.</source>
        <translation>Utilise https.</translation>
    </message>
    <message>
        <source>Withings only accepts https callback URLs (this one is {what}).</source>
        <translation>Withings n&apos;accepte que les URL de rappel en https (celle-ci est {what}).</translation>
    </message>
    <message>
        <source>not a full web address</source>
        <translation>pas une adresse web complète</translation>
    </message>
    <message>
        <source>Reach Home Assistant over https: Home Assistant Cloud (Nabu Casa), or a certificate for your domain (e.g. the Let&apos;s Encrypt add-on).</source>
        <translation>Joignez Home Assistant en https : Home Assistant Cloud (Nabu Casa), ou un certificat pour votre domaine (p. ex. le module Let&apos;s Encrypt).</translation>
    </message>
    <message>
        <source>at most 255 characters</source>
        <translation>255 caractères au plus</translation>
    </message>
    <message>
        <source>{length} characters.</source>
        <translation>{length} caractères.</translation>
    </message>
    <message>
        <source>The URL is {length} characters; Withings allows {limit}.</source>
        <translation>L&apos;URL fait {length} caractères ; Withings en autorise {limit}.</translation>
    </message>
    <message>
        <source>Use a shorter domain name.</source>
        <translation>Utilisez un nom de domaine plus court.</translation>
    </message>
    <message>
        <source>no user name or password</source>
        <translation>ni nom d&apos;utilisateur ni mot de passe</translation>
    </message>
    <message>
        <source>No user name or password.</source>
        <translation>Ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>Remove the &apos;user:password@&apos; part: Withings refuses credentials in the URL.</source>
        <translation>Retirez la partie « user:password@ » : Withings refuse les identifiants dans l&apos;URL.</translation>
    </message>
    <message>
        <source>no query or fragment</source>
        <translation>ni requête ni fragment</translation>
    </message>
    <message>
        <source>No &apos;?…&apos; or &apos;#…&apos; part.</source>
        <translation>Pas de partie « ?… » ou « #… ».</translation>
    </message>
    <message>
        <source>Remove the &apos;?…&apos; or &apos;#…&apos; part: Withings compares the URL exactly and adds its own query.</source>
        <translation>Retirez la partie « ?… » ou « #… » : Withings compare l&apos;URL exactement et ajoute sa propre requête.</translation>
    </message>
    <message>
        <source>Home Assistant&apos;s callback path</source>
        <translation>le chemin de rappel de Home Assistant</translation>
    </message>
    <message>
        <source>Ends in {path}.</source>
        <translation>Se termine par {path}.</translation>
    </message>
    <message>
        <source>Home Assistant receives the login at {path}; this URL has {this}.</source>
        <translation>Home Assistant reçoit la connexion sur {path} ; cette URL a {this}.</translation>
    </message>
    <message>
        <source>Use {url}, unless something other than Home Assistant receives the login.</source>
        <translation>Utilisez {url}, sauf si autre chose que Home Assistant reçoit la connexion.</translation>
    </message>
    <message>
        <source>a fully qualified domain name</source>
        <translation>un nom de domaine complet</translation>
    </message>
    <message>
        <source>The URL has no domain name.</source>
        <translation>L&apos;URL n&apos;a pas de nom de domaine.</translation>
    </message>
    <message>
        <source>{host} is an IP address; Withings needs a domain name.</source>
        <translation>{host} est une adresse IP ; Withings a besoin d&apos;un nom de domaine.</translation>
    </message>
    <message>
        <source>{host} ends with a dot; Withings compares the URL exactly.</source>
        <translation>{host} se termine par un point ; Withings compare l&apos;URL exactement.</translation>
    </message>
    <message>
        <source>Remove the trailing dot.</source>
        <translation>Retirez le point final.</translation>
    </message>
    <message>
        <source>{host!r} is not a valid domain name (letters, digits and &apos;-&apos; between dots).</source>
        <translation>{host!r} n&apos;est pas un nom de domaine valide (lettres, chiffres et « - » entre des points).</translation>
    </message>
    <message>
        <source>{host} only exists on your own network; Withings cannot reach it.</source>
        <translation>{host} n&apos;existe que sur votre propre réseau ; Withings ne peut pas l&apos;atteindre.</translation>
    </message>
    <message>
        <source>{host} is not a fully qualified domain name (it has no dot).</source>
        <translation>{host} n&apos;est pas un nom de domaine complet (il n&apos;a pas de point).</translation>
    </message>
    <message>
        <source>{host} is not a valid domain name (it does not end in a top-level domain such as .com).</source>
        <translation>{host} n&apos;est pas un nom de domaine valide (il ne se termine pas par un domaine de premier niveau comme .com).</translation>
    </message>
    <message>
        <source>{host} is a fully qualified domain name.</source>
        <translation>{host} est un nom de domaine complet.</translation>
    </message>
    <message>
        <source>the default https port</source>
        <translation>le port https par défaut</translation>
    </message>
    <message>
        <source>The port is not a number from 1 to 65535.</source>
        <translation>Le port n&apos;est pas un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>Remove the port.</source>
        <translation>Retirez le port.</translation>
    </message>
    <message>
        <source>Default port.</source>
        <translation>Port par défaut.</translation>
    </message>
    <message>
        <source>Withings only accepts the default port (443); this URL uses {port}.</source>
        <translation>Withings n&apos;accepte que le port par défaut (443) ; cette URL utilise {port}.</translation>
    </message>
    <message>
        <source>Forward port 443 of your router to Home Assistant and remove the port from the URL, or use Home Assistant Cloud (Nabu Casa).</source>
        <translation>Redirigez le port 443 de votre routeur vers Home Assistant et retirez le port de l&apos;URL, ou utilisez Home Assistant Cloud (Nabu Casa).</translation>
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
    <name>core.config</name>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>expected a JSON object, found {kind}</source>
        <translation>objet JSON attendu, {kind} trouvé</translation>
    </message>
    <message>
        <source>written by another version of withings-gui (config version {version}, this one reads {supported})</source>
        <translation>écrit par une autre version de withings-gui (version de configuration {version}, celle-ci lit {supported})</translation>
    </message>
    <message>
        <source>profiles must be an object of profile objects, e.g. {example}</source>
        <translation>profiles doit être un objet d&apos;objets de profil, par ex. {example}</translation>
    </message>
    <message>
        <source>unexpected content in profile {profile} (unknown setting {setting})</source>
        <translation>contenu inattendu dans le profil {profile} (paramètre inconnu {setting})</translation>
    </message>
    <message>
        <source>profile {profile} has no slug</source>
        <translation>le profil {profile} n&apos;a pas de slug</translation>
    </message>
    <message>
        <source>profiles must be an object</source>
        <translation>profiles doit être un objet</translation>
    </message>
    <message>
        <source>push_webhook_id must be 16 to 64 letters, digits, &apos;-&apos; or &apos;_&apos; (remove it to get a new one)</source>
        <translation>push_webhook_id doit compter 16 à 64 lettres, chiffres, &apos;-&apos; ou &apos;_&apos; (supprimez-le pour en obtenir un nouveau)</translation>
    </message>
    <message>
        <source>interval_minutes must be a whole number from {low} to {high}</source>
        <translation>interval_minutes doit être un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <source>language must be one of {languages} or &quot;&quot; (the system&apos;s)</source>
        <translation>language doit être l&apos;une de {languages} ou &quot;&quot; (celle du système)</translation>
    </message>
    <message>
        <source>profile {profile}: not a valid profile slug (lowercase letters, digits and &apos;_&apos;, starting with a letter, e.g. alice or bob_smith)</source>
        <translation>profil {profile} : slug de profil non valide (lettres minuscules, chiffres et &apos;_&apos;, commençant par une lettre, par ex. alice ou bob_smith)</translation>
    </message>
    <message>
        <source>profile {profile}: {problem}</source>
        <translation>profil {profile} : {problem}</translation>
    </message>
    <message>
        <source>profile {profile}: unit must be one of {units}</source>
        <translation>profil {profile} : unit doit être l&apos;une de {units}</translation>
    </message>
    <message>
        <source>{name} must be text</source>
        <translation>{name} doit être du texte</translation>
    </message>
    <message>
        <source>{name} must be true or false</source>
        <translation>{name} doit être true ou false</translation>
    </message>
    <message>
        <source>{name} must be a whole number</source>
        <translation>{name} doit être un nombre entier</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>is not UTF-8 text; fix or remove the file</source>
        <translation>n&apos;est pas du texte UTF-8 ; corrigez ou supprimez le fichier</translation>
    </message>
    <message>
        <source>is not valid JSON (line {line}, column {column}); fix or remove the file</source>
        <translation>n&apos;est pas du JSON valide (ligne {line}, colonne {column}) ; corrigez ou supprimez le fichier</translation>
    </message>
    <message>
        <source>is nested too deeply to be settings; fix or remove the file</source>
        <translation>est trop imbriqué pour être des paramètres ; corrigez ou supprimez le fichier</translation>
    </message>
    <message>
        <source>holds a number too long to read; fix or remove the file</source>
        <translation>contient un nombre trop long pour être lu ; corrigez ou supprimez le fichier</translation>
    </message>
    <message>
        <source>could not be saved ({reason}); the previous settings are unchanged</source>
        <translation>n&apos;a pas pu être enregistré ({reason}) ; les paramètres précédents sont inchangés</translation>
    </message>
    <message>
        <source>is locked by another process</source>
        <translation>est verrouillé par un autre processus</translation>
    </message>
    <message>
        <source>could not be locked for saving ({reason}); the settings are unchanged</source>
        <translation>n&apos;a pas pu être verrouillé pour l&apos;enregistrement ({reason}) ; les paramètres sont inchangés</translation>
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
    <name>core.hass.naming</name>
    <message>
        <source>Profile {profile} cannot be used: its entity {entity} would be the same as one of profile {other}; choose another name.</source>
        <translation>Le profil {profile} ne peut pas être utilisé : son entité {entity} serait identique à une entité du profil {other} ; choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>core.login</name>
    <message>
        <source>The profile {profile} already belongs to another Withings account (user {owner}); this login was made with Withings user {userid}</source>
        <translation>Le profil {profile} appartient déjà à un autre compte Withings (utilisateur {owner}) ; cette connexion a été faite avec l&apos;utilisateur Withings {userid}</translation>
    </message>
    <message>
        <source>The Withings Client Id and callback URL are not configured; run `withings-gui configure` or the setup wizard first.</source>
        <translation>Le Client Id et l&apos;URL de rappel Withings ne sont pas configurés ; lancez d&apos;abord `withings-gui configure` ou l&apos;assistant de configuration.</translation>
    </message>
    <message>
        <source>The Withings Consumer Secret is not saved; run `withings-gui configure` or the setup wizard again.</source>
        <translation>Le Consumer Secret Withings n&apos;est pas enregistré ; relancez `withings-gui configure` ou l&apos;assistant de configuration.</translation>
    </message>
    <message>
        <source>{conflict}. Nothing was changed.</source>
        <translation>{conflict}. Rien n&apos;a été modifié.</translation>
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
    <name>core.paths</name>
    <message>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <source>lock files</source>
        <translation>fichiers de verrou</translation>
    </message>
    <message>
        <source>log files</source>
        <translation>fichiers journaux</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder, but withings-gui keeps its {what} in a folder of that name: move or delete that file and start again.</source>
        <translation>{folder} est un fichier, pas un dossier, mais withings-gui range ses {what} dans un dossier de ce nom : déplacez ou supprimez ce fichier et recommencez.</translation>
    </message>
    <message>
        <source>The folder {folder} for withings-gui&apos;s {what} could not be created ({reason}): check that its parent folder exists, is a folder and is writable, or choose another folder with --config-dir.</source>
        <translation>Le dossier {folder} pour les {what} de withings-gui n&apos;a pas pu être créé ({reason}) : vérifiez que son dossier parent existe, est un dossier et est accessible en écriture, ou choisissez un autre dossier avec --config-dir.</translation>
    </message>
</context>
<context>
    <name>core.profile_slug</name>
    <message>
        <source>Enter the person&apos;s name, for example Alice.</source>
        <translation>Saisissez le nom de la personne, par exemple Alice.</translation>
    </message>
    <message>
        <source>{char} has no plain Latin spelling that Home Assistant and this app would agree on; type the name in Latin letters (for example oyvind for Øyvind).</source>
        <translation>{char} n&apos;a pas d&apos;écriture latine simple sur laquelle Home Assistant et cette application s&apos;accorderaient ; tapez le nom en lettres latines (par exemple oyvind pour Øyvind).</translation>
    </message>
    <message>
        <source>{name} has no Latin letters or digits to build an entity id from; use a name such as alice or bob_smith.</source>
        <translation>{name} ne contient ni lettres latines ni chiffres pour former un identifiant d&apos;entité ; utilisez un nom comme alice ou bob_smith.</translation>
    </message>
    <message>
        <source>Profile {profile} cannot be used: {problem}.</source>
        <translation>Le profil {profile} ne peut pas être utilisé : {problem}.</translation>
    </message>
    <message>
        <source>it is empty; give a name in lowercase letters, for example alice or bob_smith</source>
        <translation>il est vide ; donnez un nom en lettres minuscules, par exemple alice ou bob_smith</translation>
    </message>
    <message>
        <source>{char} is not a plain Latin letter and Home Assistant would rewrite it in entity ids; write it as {plain}</source>
        <translation>{char} n&apos;est pas une lettre latine simple et Home Assistant la réécrirait dans les identifiants d&apos;entité ; écrivez-le {plain}</translation>
    </message>
    <message>
        <source>{char} is not a plain Latin letter and Home Assistant would rewrite it in entity ids; use only a–z, 0–9 and &apos;_&apos;</source>
        <translation>{char} n&apos;est pas une lettre latine simple et Home Assistant la réécrirait dans les identifiants d&apos;entité ; utilisez seulement a–z, 0–9 et &apos;_&apos;</translation>
    </message>
    <message>
        <source>use lowercase letters only ({lower} instead)</source>
        <translation>utilisez uniquement des minuscules ({lower} à la place)</translation>
    </message>
    <message>
        <source>{char} is not allowed; use only a–z, 0–9 and &apos;_&apos;, for example alice or bob_smith</source>
        <translation>{char} n&apos;est pas autorisé ; utilisez seulement a–z, 0–9 et &apos;_&apos;, par exemple alice ou bob_smith</translation>
    </message>
    <message>
        <source>it starts with &apos;_&apos;, which Home Assistant drops ({left})</source>
        <translation>il commence par &apos;_&apos;, que Home Assistant supprime ({left})</translation>
    </message>
    <message>
        <source>it ends with &apos;_&apos;, which Home Assistant drops ({left})</source>
        <translation>il se termine par &apos;_&apos;, que Home Assistant supprime ({left})</translation>
    </message>
    <message>
        <source>it must start with a letter, for example alice or bob_smith</source>
        <translation>il doit commencer par une lettre, par exemple alice ou bob_smith</translation>
    </message>
    <message>
        <source>Home Assistant merges &apos;__&apos; into a single &apos;_&apos; ({merged})</source>
        <translation>Home Assistant fusionne &apos;__&apos; en un seul &apos;_&apos; ({merged})</translation>
    </message>
    <message>
        <source>it is {length} characters long; use at most {limit}</source>
        <translation>il fait {length} caractères ; utilisez-en au plus {limit}</translation>
    </message>
</context>
<context>
    <name>core.push</name>
    <message>
        <source>{value} is not a notification category this app reads (give some of {known}, separated by commas)</source>
        <translation>{value} n&apos;est pas une catégorie de notification lue par cette application (indiquez certaines de {known}, séparées par des virgules)</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>blood pressure</source>
        <translation>tension artérielle</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activité</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>sommeil</translation>
    </message>
    <message>
        <source>ECG</source>
        <translation>ECG</translation>
    </message>
    <message>
        <source>subscribed to Withings notifications ({categories})</source>
        <translation>abonné aux notifications Withings ({categories})</translation>
    </message>
    <message>
        <source>Withings notifications were already subscribed</source>
        <translation>les notifications Withings étaient déjà souscrites</translation>
    </message>
    <message>
        <source>push is not set up, so there are no Withings notifications to remove</source>
        <translation>le push n&apos;est pas configuré, il n&apos;y a donc aucune notification Withings à supprimer</translation>
    </message>
    <message>
        <source>not logged in, so its Withings notifications could not be removed</source>
        <translation>non connecté, ses notifications Withings n&apos;ont donc pas pu être supprimées</translation>
    </message>
    <message>
        <source>its Withings notifications could not be removed: {problem}</source>
        <translation>ses notifications Withings n&apos;ont pas pu être supprimées : {problem}</translation>
    </message>
    <message>
        <source>it had no Withings notifications of this app</source>
        <translation>il n&apos;avait aucune notification Withings de cette application</translation>
    </message>
    <message>
        <source>removed its Withings notifications ({categories})</source>
        <translation>ses notifications Withings ont été supprimées ({categories})</translation>
    </message>
    <message>
        <source>not logged in to Withings</source>
        <translation>non connecté à Withings</translation>
    </message>
    <message>
        <source>Withings notifications subscribed</source>
        <translation>notifications Withings souscrites</translation>
    </message>
    <message>
        <source>Withings notifications not subscribed (the last check failed)</source>
        <translation>notifications Withings non souscrites (la dernière vérification a échoué)</translation>
    </message>
    <message>
        <source>category {number}</source>
        <translation>catégorie {number}</translation>
    </message>
</context>
<context>
    <name>core.secrets</name>
    <message>
        <source>No system keyring is available, so secrets are stored in {file} (readable only by you). Install and unlock a keyring such as GNOME Keyring or KWallet to keep them encrypted.</source>
        <translation>Aucun trousseau système n&apos;est disponible, les secrets sont donc stockés dans {file} (lisible par vous seul). Installez et déverrouillez un trousseau comme GNOME Keyring ou KWallet pour les garder chiffrés.</translation>
    </message>
    <message>
        <source>The keyring refused to store a secret</source>
        <translation>Le trousseau de clés a refusé d&apos;enregistrer un secret</translation>
    </message>
    <message>
        <source>The keyring could not be read</source>
        <translation>Le trousseau de clés n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}); free some disk space or make the folder writable, then try again.</source>
        <translation>{file} n&apos;a pas pu être écrit ({reason}) ; libérez de l&apos;espace disque ou rendez le dossier accessible en écriture, puis réessayez.</translation>
    </message>
    <message>
        <source>{failure} ({reason}).</source>
        <translation>{failure} ({reason}).</translation>
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
    <name>core.setup_draft</name>
    <message>
        <source>it cannot be read: {why}</source>
        <translation>il ne peut pas être lu : {why}</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>il est trop imbriqué</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>ce n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>its list of finished pages is not a list of page names</source>
        <translation>sa liste de pages terminées n&apos;est pas une liste de noms de pages</translation>
    </message>
    <message>
        <source>{name} has a value of the wrong kind</source>
        <translation>{name} a une valeur du mauvais type</translation>
    </message>
    <message>
        <source>{name} holds text that cannot be used</source>
        <translation>{name} contient un texte inutilisable</translation>
    </message>
    <message>
        <source>its choice of callback address is unknown</source>
        <translation>son choix d&apos;adresse de rappel est inconnu</translation>
    </message>
    <message>
        <source>its {name} name is not a profile name</source>
        <translation>son nom pour {name} n&apos;est pas un nom de profil</translation>
    </message>
    <message>
        <source>its profile name is not a profile name</source>
        <translation>son nom de profil n&apos;est pas un nom de profil</translation>
    </message>
    <message>
        <source>its unit is unknown</source>
        <translation>son unité est inconnue</translation>
    </message>
    <message>
        <source>its sync interval is out of range</source>
        <translation>son intervalle de synchronisation est hors limites</translation>
    </message>
    <message>
        <source>its {name} is not usable</source>
        <translation>sa valeur pour {name} est inutilisable</translation>
    </message>
    <message>
        <source>The saved setup progress ({file}) could not be used ({why}), so setup starts from the beginning; your settings are unchanged.</source>
        <translation>La progression enregistrée de la configuration ({file}) n&apos;a pas pu être utilisée ({why}), la configuration reprend donc depuis le début ; vos paramètres sont inchangés.</translation>
    </message>
</context>
<context>
    <name>core.snippets</name>
    <message>
        <source>{value!r} has no domain name in it.</source>
        <translation>{value!r} ne contient pas de nom de domaine.</translation>
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
    <name>core.withings.api</name>
    <message>
        <source>Withings said there is more data but gave no next page; the app tries again later.</source>
        <translation>Withings a indiqué d&apos;autres données sans donner de page suivante ; l&apos;application réessaiera plus tard.</translation>
    </message>
</context>
<context>
    <name>core.withings.envelope</name>
    <message>
        <source>Withings answered HTTP {status}; the app tries again later.</source>
        <translation>Withings a répondu HTTP {status} ; l&apos;application réessaiera plus tard.</translation>
    </message>
    <message>
        <source>Withings sent a reply that is not valid JSON; the app tries again later.</source>
        <translation>Withings a envoyé une réponse qui n&apos;est pas du JSON valide ; l&apos;application réessaiera plus tard.</translation>
    </message>
    <message>
        <source>Withings sent a reply without a status; the app tries again later.</source>
        <translation>Withings a envoyé une réponse sans statut ; l&apos;application réessaiera plus tard.</translation>
    </message>
</context>
<context>
    <name>core.withings.notify</name>
    <message>
        <source>Withings refused the push address for category {category}: it did not answer Withings&apos; check (HEAD) with 200, or it is not a public https address; the app keeps polling instead.</source>
        <translation>Withings a refusé l&apos;adresse push pour la catégorie {category} : elle n&apos;a pas répondu 200 à la vérification de Withings (HEAD), ou ce n&apos;est pas une adresse https publique ; l&apos;application continue plutôt à interroger régulièrement.</translation>
    </message>
</context>
<context>
    <name>core.withings.oauth</name>
    <message>
        <source>That is not the callback address: it should start with {callback}. Copy the address of the page Withings sent you to after you allowed access.</source>
        <translation>Ce n&apos;est pas l&apos;adresse de rappel : elle devrait commencer par {callback}. Copiez l&apos;adresse de la page vers laquelle Withings vous a envoyé après que vous avez autorisé l&apos;accès.</translation>
    </message>
    <message>
        <source>Access was denied on the Withings page; log in again and choose Allow.</source>
        <translation>L&apos;accès a été refusé sur la page Withings ; reconnectez-vous et choisissez Autoriser.</translation>
    </message>
    <message>
        <source>Withings reported an error ({error}); log in again.</source>
        <translation>Withings a signalé une erreur ({error}) ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>The login answer does not belong to this login attempt (state mismatch); start the login again and use the newest address.</source>
        <translation>La réponse n&apos;appartient pas à cette tentative de connexion (state différent) ; relancez la connexion et utilisez l&apos;adresse la plus récente.</translation>
    </message>
    <message>
        <source>The address has no authorization code; copy the whole address after you allowed access.</source>
        <translation>L&apos;adresse ne contient pas de code d&apos;autorisation ; copiez l&apos;adresse entière après avoir autorisé l&apos;accès.</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>jeton d&apos;actualisation</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Withings renewed the login without a usable {missing}; the saved login is kept and the app tries again later.</source>
        <translation>Withings a renouvelé la connexion sans {missing} utilisable ; la connexion enregistrée est conservée et l&apos;application réessaiera plus tard.</translation>
    </message>
    <message>
        <source>Withings answered the login without a usable {missing}; log in again in a minute.</source>
        <translation>Withings a répondu à la connexion sans {missing} utilisable ; reconnectez-vous dans une minute.</translation>
    </message>
    <message>
        <source>Withings sent an unusable token reply ({kind}); try again later.</source>
        <translation>Withings a envoyé une réponse de jeton inutilisable ({kind}) ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Withings&apos; token reply has no access or refresh token; try again later.</source>
        <translation>La réponse de jeton de Withings ne contient ni jeton d&apos;accès ni jeton d&apos;actualisation ; réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>core.withings.tokens</name>
    <message>
        <source>Another withings-gui window is renewing the Withings login and has not finished; try again in a minute.</source>
        <translation>Une autre fenêtre de withings-gui renouvelle la connexion Withings et n&apos;a pas terminé ; réessayez dans une minute.</translation>
    </message>
    <message>
        <source>The Withings login cannot be renewed: {folder} is not writable ({reason}); free some disk space or make the folder writable.</source>
        <translation>La connexion Withings ne peut pas être renouvelée : {folder} n&apos;est pas accessible en écriture ({reason}) ; libérez de l&apos;espace disque ou rendez le dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>The Withings Consumer Secret is not saved; run setup again (or `withings-gui configure`) and re-authorize.</source>
        <translation>Le Consumer Secret Withings n&apos;est pas enregistré ; relancez la configuration (ou `withings-gui configure`) et autorisez à nouveau.</translation>
    </message>
    <message>
        <source>The renewed Withings login could not be saved: {reason}</source>
        <translation>La connexion Withings renouvelée n&apos;a pas pu être enregistrée : {reason}</translation>
    </message>
    <message>
        <source>Profile {profile} is not logged in to Withings; log in from the setup wizard or with `withings-gui login`.</source>
        <translation>Le profil {profile} n&apos;est pas connecté à Withings ; connectez-vous depuis l&apos;assistant de configuration ou avec `withings-gui login`.</translation>
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
    <name>tray.listen</name>
    <message>
        <source>Home Assistant&apos;s webhook stopped.</source>
        <translation>Le webhook de Home Assistant s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>The listener could not start: {problem}</source>
        <translation>Le récepteur n&apos;a pas pu démarrer : {problem}</translation>
    </message>
    <message>
        <source>The listener crashed: {last}</source>
        <translation>Le récepteur a planté : {last}</translation>
    </message>
    <message>
        <source>The listener exited {code}: {last}</source>
        <translation>Le récepteur s&apos;est terminé avec {code} : {last}</translation>
    </message>
    <message>
        <source>The listener crashed.</source>
        <translation>Le récepteur a planté.</translation>
    </message>
    <message>
        <source>The listener exited {code}.</source>
        <translation>Le récepteur s&apos;est terminé avec {code}.</translation>
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
<context>
    <name>tray.sync_mode</name>
    <message>
        <source>Checking every minute</source>
        <translation>Vérification chaque minute</translation>
    </message>
    <message>
        <source>Checking every {minutes} minutes</source>
        <translation>Vérification toutes les {minutes} minutes</translation>
    </message>
    <message>
        <source>Live: Withings tells us about new weigh-ins</source>
        <translation>En direct : Withings signale les nouvelles pesées</translation>
    </message>
    <message>
        <source>A safety check runs every hour.</source>
        <translation>Une vérification de sécurité a lieu toutes les heures.</translation>
    </message>
    <message>
        <source>Home Assistant is reachable only at home, so Withings cannot tell us about new weigh-ins.</source>
        <translation>Home Assistant n&apos;est joignable qu&apos;à la maison, Withings ne peut donc pas signaler les nouvelles pesées.</translation>
    </message>
    <message>
        <source>Live updates need Home Assistant set up.</source>
        <translation>Les mises à jour en direct demandent un Home Assistant configuré.</translation>
    </message>
    <message>
        <source>Withings notifications are not set up for {profile}.</source>
        <translation>Les notifications Withings ne sont pas configurées pour {profile}.</translation>
    </message>
    <message>
        <source>Withings notifications are not set up for {profile}: {problem}</source>
        <translation>Les notifications Withings ne sont pas configurées pour {profile} : {problem}</translation>
    </message>
    <message>
        <source>Setting up Withings notifications…</source>
        <translation>Configuration des notifications Withings…</translation>
    </message>
    <message>
        <source>Live updates paused: {reason}</source>
        <translation>Mises à jour en direct en pause : {reason}</translation>
    </message>
    <message>
        <source>Connecting to Home Assistant for live updates…</source>
        <translation>Connexion à Home Assistant pour les mises à jour en direct…</translation>
    </message>
</context>
</TS>
