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
        <translation>Connectez-vous avec le compte Withings de la personne à qui appartiennent ces données, puis autorisez l'accès.</translation>
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
        <translation>Collez l'adresse complète sur laquelle votre navigateur s'est arrêté</translation>
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
        <translation>Le navigateur intégré n'est pas disponible sur ce système.</translation>
    </message>
    <message>
        <source>The Withings page did not load; check the internet connection or use your own browser.</source>
        <translation>La page Withings ne s'est pas chargée ; vérifiez la connexion Internet ou utilisez votre propre navigateur.</translation>
    </message>
    <message>
        <source>{refused}. This setup uses {url}: put exactly that in your Withings app, then click “Try again”.</source>
        <translation>{refused}. Cette configuration utilise {url} : indiquez exactement cela dans votre application Withings, puis cliquez sur « Réessayer ».</translation>
    </message>
    <message>
        <source>After you allow access it goes to your callback address (an error page there is fine): copy that whole address and paste it below.</source>
        <translation>Après votre autorisation, il se rend à votre adresse de rappel (une page d'erreur à cet endroit n'est pas un problème) : copiez cette adresse complète et collez-la ci-dessous.</translation>
    </message>
    <message>
        <source>Your browser opens the Withings login (the address is below if it does not). {then}</source>
        <translation>Votre navigateur ouvre la connexion Withings (sinon, l'adresse est ci-dessous). {then}</translation>
    </message>
    <message>
        <source>No browser could be opened from here: copy the address below into a browser and log in there. {then}</source>
        <translation>Aucun navigateur n'a pu être ouvert d'ici : copiez l'adresse ci-dessous dans un navigateur et connectez-vous-y. {then}</translation>
    </message>
    <message>
        <source>Paste the address your browser ended on.</source>
        <translation>Collez l'adresse sur laquelle votre navigateur s'est arrêté.</translation>
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
        <translation>L'adresse vers laquelle Withings vous renvoie après la connexion. Withings la vérifie quand vous enregistrez votre application de développeur ; nous la vérifions d'abord de la même façon.</translation>
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
        <source>Set this as Home Assistant's e&amp;xternal URL</source>
        <translation>Définir comme URL e&amp;xterne de Home Assistant</translation>
    </message>
    <message>
        <source>Possible once every check has passed</source>
        <translation>Possible une fois toutes les vérifications réussies</translation>
    </message>
    <message>
        <source>Withings sends your browser to this address after you log in, and this app catches that step before the page loads, so it never has to reach your Home Assistant: nothing needs opening to the internet. It only has to satisfy Withings when you save your developer app: any https page you trust that answers will do.</source>
        <translation>Withings envoie votre navigateur à cette adresse après la connexion, et cette application intercepte cette étape avant le chargement de la page : elle n'a donc jamais besoin d'atteindre votre Home Assistant, rien n'est à ouvrir sur Internet. Elle doit seulement satisfaire Withings quand vous enregistrez votre application de développeur : toute page https de confiance qui répond convient.</translation>
    </message>
    <message>
        <source>Home Assistant must know this address as its external URL. Set it from here, or paste this into configuration.yaml:</source>
        <translation>Home Assistant doit connaître cette adresse comme URL externe. Définissez-la d'ici, ou collez ceci dans configuration.yaml :</translation>
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
        <translation>http:// remplacé par https:// : Withings n'accepte que https.</translation>
    </message>
    <message>
        <source>fix what is marked with a cross first</source>
        <translation>corrigez d'abord ce qui est marqué d'une croix</translation>
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
        <translation>la vérification s'est arrêtée</translation>
    </message>
    <message>
        <source>The check stopped: {error}</source>
        <translation>La vérification s'est arrêtée : {error}</translation>
    </message>
    <message>
        <source>Withings would refuse this callback URL: fix what is marked with a cross and check again.</source>
        <translation>Withings refuserait cette URL de rappel : corrigez ce qui est marqué d'une croix et vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Setting the external URL…</source>
        <translation>Définition de l'URL externe…</translation>
    </message>
    <message>
        <source>Could not set the external URL ({error}); paste the YAML instead.</source>
        <translation>Impossible de définir l'URL externe ({error}) ; collez plutôt le YAML.</translation>
    </message>
    <message>
        <source>Home Assistant's external URL is now {url}.</source>
        <translation>L'URL externe de Home Assistant est maintenant {url}.</translation>
    </message>
    <message>
        <source>Not set: Home Assistant's core settings come from configuration.yaml, so a change made from here would be lost at its next restart. Paste the YAML above into configuration.yaml instead (replace an external_url line already there), then restart Home Assistant.</source>
        <translation>Non définie : les paramètres de base de Home Assistant viennent de configuration.yaml, une modification faite d'ici serait donc perdue au prochain redémarrage. Collez plutôt le YAML ci-dessus dans configuration.yaml (remplacez une ligne external_url déjà présente), puis redémarrez Home Assistant.</translation>
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
        <source>Sharing the app with Home Assistant's own Withings integration works, but Withings does not say whether a second login of the same person can end the other's session; if either one keeps asking you to log in again, create a second app for this one.</source>
        <translation>Partager l'application avec l'intégration Withings de Home Assistant fonctionne, mais Withings ne dit pas si une seconde connexion de la même personne peut mettre fin à l'autre session ; si l'une des deux vous redemande sans cesse de vous connecter, créez une seconde application pour celle-ci.</translation>
    </message>
    <message>
        <source>App keys</source>
        <translation>Clés de l'appli</translation>
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
        <translation>&amp;URL de rappel telle qu'enregistrée :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; the simulated Withings' demo app is filled in.</source>
        <translation>&lt;b&gt;Démo :&lt;/b&gt; l'application de démo du Withings simulé est remplie.</translation>
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
        <translation>Choisissez l'aspect des capteurs, puis la première synchronisation s'exécute.</translation>
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
        <translation>Lancer l'icône de notification à ma connexion</translation>
    </message>
    <message>
        <source>Notify me of each new weigh-in</source>
        <translation>M'avertir à chaque nouvelle pesée</translation>
    </message>
    <message>
        <source>Copy YAML</source>
        <translation>Copier le YAML</translation>
    </message>
    <message>
        <source>Check Home Assistant's &amp;configuration</source>
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
        <translation>La première synchronisation n'a pas entièrement fonctionné : {error}</translation>
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
        <translation>Son adresse telle que cet ordinateur l'atteint, et un jeton d'accès longue durée (votre profil HA → Sécurité → Jetons d'accès longue durée).</translation>
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
        <translation>Cette adresse ne fonctionne que dans votre réseau domestique. Si votre Home Assistant n'a pas d'adresse sur Internet, choisissez le chemin « réseau domestique seulement » : rien n'est à ouvrir sur Internet.</translation>
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
        <translation>&amp;Jeton d'accès :</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat :</translation>
    </message>
    <message>
        <source>In the demo you may skip this step; the tray then shows the demo data without sending it anywhere.</source>
        <translation>Dans la démo, vous pouvez ignorer cette étape ; l'icône de notification affiche alors les données de démo sans les envoyer nulle part.</translation>
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
        <source>Trust Home Assistant's certificate</source>
        <translation>Faire confiance au certificat de Home Assistant</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Home network only: Withings never needs to reach this Home Assistant.</source>
        <translation>Réseau domestique seulement : Withings n'a jamais besoin d'atteindre ce Home Assistant.</translation>
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
        <translation>champ {number} sur l'image</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>The setup could not be saved: {error}</source>
        <translation>La configuration n'a pas pu être enregistrée : {error}</translation>
    </message>
</context>
<context>
    <name>PathPage</name>
    <message>
        <source>A Withings account</source>
        <translation>Un compte Withings</translation>
    </message>
    <message>
        <source>with the person's measurements in the Withings app</source>
        <translation>avec les mesures de la personne dans l'application Withings</translation>
    </message>
    <message>
        <source>Home Assistant</source>
        <translation>Home Assistant</translation>
    </message>
    <message>
        <source>its address and a long-lived access token from your HA profile</source>
        <translation>son adresse et un jeton d'accès longue durée de votre profil HA</translation>
    </message>
    <message>
        <source>About ten minutes</source>
        <translation>Une dizaine de minutes</translation>
    </message>
    <message>
        <source>you can close the wizard and continue later where you left off</source>
        <translation>vous pouvez fermer l'assistant et reprendre plus tard là où vous vous êtes arrêté</translation>
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
        <translation>Cet assistant relie votre compte Withings à Home Assistant. Vos mesures y apparaissent ensuite comme capteurs, tenus à jour depuis une icône à côté de l'horloge.</translation>
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
        <translation>J'ai déjà une application de &amp;développeur Withings</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Ce qu'il vous faut</translation>
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
        <translation>Comment joindre votre Home Assistant de l'extérieur ?</translation>
    </message>
    <message>
        <source>Withings' login ends at your developer app's callback address; this app catches that step itself, so the address never has to lead to your Home Assistant.</source>
        <translation>La connexion Withings se termine à l'adresse de rappel de votre application de développeur ; cette application intercepte elle-même cette étape, l'adresse n'a donc jamais besoin de mener à votre Home Assistant.</translation>
    </message>
    <message>
        <source>For example the one made for Home Assistant's own Withings integration: its values are then used instead of a new app's.</source>
        <translation>Par exemple celle créée pour l'intégration Withings de Home Assistant : ses valeurs sont alors utilisées au lieu de celles d'une nouvelle application.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; everything runs against a simulated Withings; any choice works.</source>
        <translation>&lt;b&gt;Démo :&lt;/b&gt; tout fonctionne avec un Withings simulé ; n'importe quel choix convient.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>PortalFigure</name>
    <message>
        <source>Picture of the Withings developer portal's forms</source>
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
        <translation>Withings demande {first} et {second} une seule fois, pour votre compte développeur. L'application enregistrée affiche son Client ID et son Secret : gardez cette page ouverte.</translation>
    </message>
    <message>
        <source>I already &amp;have an app…</source>
        <translation>J'ai &amp;déjà une application…</translation>
    </message>
    <message>
        <source>Already have a Withings developer app (for Home Assistant's own integration, say)? Use it instead.</source>
        <translation>Vous avez déjà une application de développeur Withings (pour l'intégration de Home Assistant, par exemple) ? Utilisez-la plutôt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; nothing needs registering; the simulated Withings already knows a demo app, whose Client Id and Secret are filled in on the next page.</source>
        <translation>&lt;b&gt;Démo :&lt;/b&gt; rien à enregistrer ; le Withings simulé connaît déjà une application de démo, dont le Client Id et le Secret sont remplis à la page suivante.</translation>
    </message>
    <message>
        <source>No browser could be opened from here: copy the portal's address (above) into a browser.</source>
        <translation>Aucun navigateur n'a pu être ouvert d'ici : copiez l'adresse du portail (ci-dessus) dans un navigateur.</translation>
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
        <translation>Le nom fait partie de chaque ID d'entité dans Home Assistant.</translation>
    </message>
    <message>
        <source>Alice</source>
        <translation>Alice</translation>
    </message>
    <message>
        <source>Also read &amp;ECG results</source>
        <translation>Lire aussi les résultats d'&amp;ECG</translation>
    </message>
    <message>
        <source>The latest atrial fibrillation classification and its date. Withings gives ECGs with the “user.metrics” access this app already asks for, so no new login is needed.</source>
        <translation>La dernière classification de fibrillation auriculaire et sa date. Withings fournit les ECG avec l'accès « user.metrics » que cette application demande déjà : aucune nouvelle connexion n'est nécessaire.</translation>
    </message>
    <message>
        <source>Person's na&amp;me:</source>
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
        <translation>Connecté à Withings en tant qu'utilisateur &lt;b&gt;{user}&lt;/b&gt;. Nommez la personne à qui appartient ce compte.</translation>
    </message>
    <message>
        <source>Could not read Home Assistant's entities ({error}).</source>
        <translation>Impossible de lire les entités de Home Assistant ({error}).</translation>
    </message>
    <message>
        <source>{conflict}. Choose another name.</source>
        <translation>{conflict}. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Home Assistant already has {count} of these entities (e.g. {example}). If they come from an earlier setup of this app that is fine; otherwise choose another name.</source>
        <translation>Home Assistant a déjà {count} de ces entités (p. ex. {example}). Si elles viennent d'une configuration précédente de cette application, c'est normal ; sinon, choisissez un autre nom.</translation>
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
        <translation>(un avertissement ; Withings l'accepterait)</translation>
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
        <translation>Le processus de synchronisation n'a pas pu démarrer : {error}</translation>
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
        <translation>Le processus de synchronisation s'est terminé avec {code} : {error}</translation>
    </message>
    <message>
        <source>The sync process exited {code}.</source>
        <translation>Le processus de synchronisation s'est terminé avec {code}.</translation>
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
        <translation>un certificat d'une autorité publique</translation>
    </message>
    <message>
        <source>answers an HTTP HEAD request</source>
        <translation>répond à une requête HTTP HEAD</translation>
    </message>
    <message>
        <source>Use Home Assistant Cloud (Nabu Casa), or get a certificate from a public authority, e.g. with Home Assistant's Let's Encrypt add-on.</source>
        <translation>Utilisez Home Assistant Cloud (Nabu Casa), ou obtenez un certificat d'une autorité publique, p. ex. avec le module complémentaire Let's Encrypt de Home Assistant.</translation>
    </message>
    <message>
        <source>The certificate of {host} has expired.</source>
        <translation>Le certificat de {host} a expiré.</translation>
    </message>
    <message>
        <source>Renew it; Home Assistant's Let's Encrypt add-on renews automatically, and Home Assistant Cloud (Nabu Casa) needs no certificate of your own.</source>
        <translation>Renouvelez-le ; le module complémentaire Let's Encrypt de Home Assistant le renouvelle automatiquement, et Home Assistant Cloud (Nabu Casa) n'a besoin d'aucun certificat à vous.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not valid yet.</source>
        <translation>Le certificat de {host} n'est pas encore valide.</translation>
    </message>
    <message>
        <source>Check this computer's date and time, or wait until the certificate's start date.</source>
        <translation>Vérifiez la date et l'heure de cet ordinateur, ou attendez la date de début du certificat.</translation>
    </message>
    <message>
        <source>The certificate of {host} is self-signed; Withings refuses it.</source>
        <translation>Le certificat de {host} est auto-signé ; Withings le refuse.</translation>
    </message>
    <message>
        <source>The certificate is not valid for {host} (it was issued for another name).</source>
        <translation>Le certificat n'est pas valide pour {host} (il a été émis pour un autre nom).</translation>
    </message>
    <message>
        <source>Use the domain name the certificate was issued for, or get a certificate that includes {host} (the Let's Encrypt add-on's 'domains' option).</source>
        <translation>Utilisez le nom de domaine pour lequel le certificat a été émis, ou obtenez un certificat qui inclut {host} (option « domains » du module Let's Encrypt).</translation>
    </message>
    <message>
        <source>The certificate of {host} has been revoked.</source>
        <translation>Le certificat de {host} a été révoqué.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not issued by a public certificate authority (or the server does not send the full chain).</source>
        <translation>Le certificat de {host} n'est pas émis par une autorité de certification publique (ou le serveur n'envoie pas la chaîne complète).</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the URL has no valid domain name</source>
        <translation>l'URL n'a pas de nom de domaine valide</translation>
    </message>
    <message>
        <source>{host} does not resolve</source>
        <translation>{host} n'est pas résolu</translation>
    </message>
    <message>
        <source>there is no secure connection</source>
        <translation>il n'y a pas de connexion sécurisée</translation>
    </message>
    <message>
        <source>Not checked: {reason}.</source>
        <translation>Non vérifié : {reason}.</translation>
    </message>
    <message>
        <source>Check the spelling, and that the domain's DNS record (A or AAAA) points at the public address of your Home Assistant.</source>
        <translation>Vérifiez l'orthographe, et que l'enregistrement DNS du domaine (A ou AAAA) pointe vers l'adresse publique de votre Home Assistant.</translation>
    </message>
    <message>
        <source>Copy the address exactly from Home Assistant → Settings → Home Assistant Cloud → Remote control, and check that remote control is switched on.</source>
        <translation>Copiez l'adresse exactement depuis Home Assistant → Paramètres → Home Assistant Cloud → Contrôle à distance, et vérifiez que le contrôle à distance est activé.</translation>
    </message>
    <message>
        <source>{host} does not resolve ({why}).</source>
        <translation>{host} n'est pas résolu ({why}).</translation>
    </message>
    <message>
        <source>no such name</source>
        <translation>nom inexistant</translation>
    </message>
    <message>
        <source>the DNS server did not answer</source>
        <translation>le serveur DNS n'a pas répondu</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>aucune adresse</translation>
    </message>
    <message>
        <source>{host} resolves to {addresses}. That is an address inside a private network: make sure public DNS gives Withings your public address.</source>
        <translation>{host} est résolu en {addresses}. C'est une adresse d'un réseau privé : assurez-vous que le DNS public donne à Withings votre adresse publique.</translation>
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
        <translation>Certificat pour {host} émis par {issuer}, valide jusqu'au {date}.</translation>
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
        <source>The server's answer is not HTTP ({why}).</source>
        <translation>La réponse du serveur n'est pas du HTTP ({why}).</translation>
    </message>
    <message>
        <source>The HEAD request got no answer ({why}).</source>
        <translation>La requête HEAD n'a pas reçu de réponse ({why}).</translation>
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
        <translation>Saisissez l'URL de rappel.</translation>
    </message>
    <message>
        <source>{value!r} is not a web address or domain name; it looks like https://ha.example.com.</source>
        <translation>{value!r} n'est ni une adresse web ni un nom de domaine ; cela ressemble à https://ha.example.com.</translation>
    </message>
    <message>
        <source>The port in {value!r} is not a number from 1 to 65535.</source>
        <translation>Le port dans {value!r} n'est pas un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>That is not a Home Assistant Cloud address; it looks like https://abcdef1234567890.ui.nabu.casa (Home Assistant → Settings → Home Assistant Cloud → Remote control).</source>
        <translation>Ce n'est pas une adresse Home Assistant Cloud ; elle ressemble à https://abcdef1234567890.ui.nabu.casa (Home Assistant → Paramètres → Home Assistant Cloud → Contrôle à distance).</translation>
    </message>
    <message>
        <source>{value!r} has spaces in it; a web address has none.</source>
        <translation>{value!r} contient des espaces ; une adresse web n'en a pas.</translation>
    </message>
    <message>
        <source>{value!r} is not a web address (it starts with {scheme}://, not https://).</source>
        <translation>{value!r} n'est pas une adresse web (elle commence par {scheme}://, pas par https://).</translation>
    </message>
    <message>
        <source>{value!r} is not a web address.</source>
        <translation>{value!r} n'est pas une adresse web.</translation>
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
        <translation>Withings n'accepte que les URL de rappel en https (celle-ci est {what}).</translation>
    </message>
    <message>
        <source>not a full web address</source>
        <translation>pas une adresse web complète</translation>
    </message>
    <message>
        <source>Reach Home Assistant over https: Home Assistant Cloud (Nabu Casa), or a certificate for your domain (e.g. the Let's Encrypt add-on).</source>
        <translation>Joignez Home Assistant en https : Home Assistant Cloud (Nabu Casa), ou un certificat pour votre domaine (p. ex. le module Let's Encrypt).</translation>
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
        <translation>L'URL fait {length} caractères ; Withings en autorise {limit}.</translation>
    </message>
    <message>
        <source>Use a shorter domain name.</source>
        <translation>Utilisez un nom de domaine plus court.</translation>
    </message>
    <message>
        <source>no user name or password</source>
        <translation>ni nom d'utilisateur ni mot de passe</translation>
    </message>
    <message>
        <source>No user name or password.</source>
        <translation>Ni nom d'utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>Remove the 'user:password@' part: Withings refuses credentials in the URL.</source>
        <translation>Retirez la partie « user:password@ » : Withings refuse les identifiants dans l'URL.</translation>
    </message>
    <message>
        <source>no query or fragment</source>
        <translation>ni requête ni fragment</translation>
    </message>
    <message>
        <source>No '?…' or '#…' part.</source>
        <translation>Pas de partie « ?… » ou « #… ».</translation>
    </message>
    <message>
        <source>Remove the '?…' or '#…' part: Withings compares the URL exactly and adds its own query.</source>
        <translation>Retirez la partie « ?… » ou « #… » : Withings compare l'URL exactement et ajoute sa propre requête.</translation>
    </message>
    <message>
        <source>Home Assistant's callback path</source>
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
        <translation>L'URL n'a pas de nom de domaine.</translation>
    </message>
    <message>
        <source>{host} is an IP address; Withings needs a domain name.</source>
        <translation>{host} est une adresse IP ; Withings a besoin d'un nom de domaine.</translation>
    </message>
    <message>
        <source>{host} ends with a dot; Withings compares the URL exactly.</source>
        <translation>{host} se termine par un point ; Withings compare l'URL exactement.</translation>
    </message>
    <message>
        <source>Remove the trailing dot.</source>
        <translation>Retirez le point final.</translation>
    </message>
    <message>
        <source>{host!r} is not a valid domain name (letters, digits and '-' between dots).</source>
        <translation>{host!r} n'est pas un nom de domaine valide (lettres, chiffres et « - » entre des points).</translation>
    </message>
    <message>
        <source>{host} only exists on your own network; Withings cannot reach it.</source>
        <translation>{host} n'existe que sur votre propre réseau ; Withings ne peut pas l'atteindre.</translation>
    </message>
    <message>
        <source>{host} is not a fully qualified domain name (it has no dot).</source>
        <translation>{host} n'est pas un nom de domaine complet (il n'a pas de point).</translation>
    </message>
    <message>
        <source>{host} is not a valid domain name (it does not end in a top-level domain such as .com).</source>
        <translation>{host} n'est pas un nom de domaine valide (il ne se termine pas par un domaine de premier niveau comme .com).</translation>
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
        <translation>Le port n'est pas un nombre de 1 à 65535.</translation>
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
        <translation>Withings n'accepte que le port par défaut (443) ; cette URL utilise {port}.</translation>
    </message>
    <message>
        <source>Forward port 443 of your router to Home Assistant and remove the port from the URL, or use Home Assistant Cloud (Nabu Casa).</source>
        <translation>Redirigez le port 443 de votre routeur vers Home Assistant et retirez le port de l'URL, ou utilisez Home Assistant Cloud (Nabu Casa).</translation>
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
        <translation>ce n'est pas du JSON valide</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ce n'est pas un objet JSON</translation>
    </message>
    <message>
        <source>its list of finished pages is not a list of page names</source>
        <translation>sa liste de pages terminées n'est pas une liste de noms de pages</translation>
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
        <translation>son choix d'adresse de rappel est inconnu</translation>
    </message>
    <message>
        <source>its {name} name is not a profile name</source>
        <translation>son nom pour {name} n'est pas un nom de profil</translation>
    </message>
    <message>
        <source>its profile name is not a profile name</source>
        <translation>son nom de profil n'est pas un nom de profil</translation>
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
        <translation>La progression enregistrée de la configuration ({file}) n'a pas pu être utilisée ({why}), la configuration reprend donc depuis le début ; vos paramètres sont inchangés.</translation>
    </message>
</context>
<context>
    <name>core.snippets</name>
    <message>
        <source>{value!r} has no domain name in it.</source>
        <translation>{value!r} ne contient pas de nom de domaine.</translation>
    </message>
</context>
</TS>
