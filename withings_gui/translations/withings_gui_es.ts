<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AuthorizePage</name>
    <message>
        <source>Withings login</source>
        <translation>Acceso a Withings</translation>
    </message>
    <message>
        <source>Log in to Withings</source>
        <translation>Iniciar sesión en Withings</translation>
    </message>
    <message>
        <source>Log in with the Withings account of the person whose data this is, and allow access.</source>
        <translation>Inicia sesión con la cuenta de Withings de la persona a quien pertenecen estos datos y permite el acceso.</translation>
    </message>
    <message>
        <source>Use my o&amp;wn browser instead</source>
        <translation>Usar mi &amp;propio navegador</translation>
    </message>
    <message>
        <source>Loading the Withings login…</source>
        <translation>Cargando el inicio de sesión de Withings…</translation>
    </message>
    <message>
        <source>Paste the whole address your browser ended on</source>
        <translation>Pega la dirección completa en la que terminó tu navegador</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>If Withings shows an error about the &lt;i&gt;redirect_uri&lt;/i&gt;, the Callback URI of your Withings app must be exactly &lt;code&gt;{url}&lt;/code&gt;.</source>
        <translation>Si Withings muestra un error sobre la &lt;i&gt;redirect_uri&lt;/i&gt;, la Callback URI de tu aplicación de Withings debe ser exactamente &lt;code&gt;{url}&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>{error} Go Back to the callback URL and Client Id pages.</source>
        <translation>{error} Vuelve a las páginas de URL de retorno y Client Id.</translation>
    </message>
    <message>
        <source>The built-in browser is not available on this system.</source>
        <translation>El navegador integrado no está disponible en este sistema.</translation>
    </message>
    <message>
        <source>The Withings page did not load; check the internet connection or use your own browser.</source>
        <translation>La página de Withings no se cargó; comprueba la conexión a Internet o usa tu propio navegador.</translation>
    </message>
    <message>
        <source>{refused}. This setup uses {url}: put exactly that in your Withings app, then click “Try again”.</source>
        <translation>{refused}. Esta configuración usa {url}: pon exactamente eso en tu aplicación de Withings y luego haz clic en «Reintentar».</translation>
    </message>
    <message>
        <source>After you allow access it goes to your callback address (an error page there is fine): copy that whole address and paste it below.</source>
        <translation>Después de permitir el acceso, irá a tu dirección de retorno (una página de error ahí no es problema): copia esa dirección completa y pégala abajo.</translation>
    </message>
    <message>
        <source>Your browser opens the Withings login (the address is below if it does not). {then}</source>
        <translation>Tu navegador abre el inicio de sesión de Withings (si no, la dirección está abajo). {then}</translation>
    </message>
    <message>
        <source>No browser could be opened from here: copy the address below into a browser and log in there. {then}</source>
        <translation>No se pudo abrir ningún navegador desde aquí: copia la dirección de abajo en un navegador e inicia sesión allí. {then}</translation>
    </message>
    <message>
        <source>Paste the address your browser ended on.</source>
        <translation>Pega la dirección en la que terminó tu navegador.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Logged in: Withings user {user}.</source>
        <translation>Sesión iniciada: usuario de Withings {user}.</translation>
    </message>
    <message>
        <source>Logged in: Withings user {user}. Click Next.</source>
        <translation>Sesión iniciada: usuario de Withings {user}. Haz clic en «Siguiente».</translation>
    </message>
    <message>
        <source>{error} Click “Try again” to log in again.</source>
        <translation>{error} Haz clic en «Reintentar» para volver a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>CallbackPage</name>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Callback address</source>
        <translation>Dirección de retorno</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de retorno</translation>
    </message>
    <message>
        <source>The address Withings sends you back to after you log in. Withings checks it when you save your developer app; we check it the same way first.</source>
        <translation>La dirección a la que Withings te devuelve tras iniciar sesión. Withings la comprueba cuando guardas tu aplicación de desarrollador; nosotros la comprobamos antes de la misma manera.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>Look the name up, check the certificate and send an HTTP HEAD, as Withings does</source>
        <translation>Resolver el nombre, comprobar el certificado y enviar un HTTP HEAD, como hace Withings</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Set this as Home Assistant's e&amp;xternal URL</source>
        <translation>Establecer como URL e&amp;xterna de Home Assistant</translation>
    </message>
    <message>
        <source>Possible once every check has passed</source>
        <translation>Posible cuando se hayan superado todas las comprobaciones</translation>
    </message>
    <message>
        <source>Withings sends your browser to this address after you log in, and this app catches that step before the page loads, so it never has to reach your Home Assistant: nothing needs opening to the internet. It only has to satisfy Withings when you save your developer app: any https page you trust that answers will do.</source>
        <translation>Withings envía tu navegador a esta dirección tras iniciar sesión, y esta aplicación intercepta ese paso antes de que cargue la página, así que nunca tiene que llegar a tu Home Assistant: no hay que abrir nada a Internet. Solo tiene que satisfacer a Withings cuando guardas tu aplicación de desarrollador: sirve cualquier página https de confianza que responda.</translation>
    </message>
    <message>
        <source>Home Assistant must know this address as its external URL. Set it from here, or paste this into configuration.yaml:</source>
        <translation>Home Assistant debe conocer esta dirección como su URL externa. Establécela desde aquí o pega esto en configuration.yaml:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; the simulated Withings accepts this URL without looking it up; these checks are for a real setup.</source>
        <translation>&lt;b&gt;Demo:&lt;/b&gt; el Withings simulado acepta esta URL sin resolverla; estas comprobaciones son para una configuración real.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>Callback URL:</source>
        <translation>URL de retorno:</translation>
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation>&amp;URL de retorno:</translation>
    </message>
    <message>
        <source>Changed http:// to https://: Withings accepts https only.</source>
        <translation>Se cambió http:// por https://: Withings solo acepta https.</translation>
    </message>
    <message>
        <source>fix what is marked with a cross first</source>
        <translation>corrige primero lo marcado con una cruz</translation>
    </message>
    <message>
        <source>press Check</source>
        <translation>pulsa «Comprobar»</translation>
    </message>
    <message>
        <source>Not checked yet: {why}.</source>
        <translation>Aún sin comprobar: {why}.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>the check stopped</source>
        <translation>la comprobación se detuvo</translation>
    </message>
    <message>
        <source>The check stopped: {error}</source>
        <translation>La comprobación se detuvo: {error}</translation>
    </message>
    <message>
        <source>Withings would refuse this callback URL: fix what is marked with a cross and check again.</source>
        <translation>Withings rechazaría esta URL de retorno: corrige lo marcado con una cruz y vuelve a comprobar.</translation>
    </message>
    <message>
        <source>Setting the external URL…</source>
        <translation>Estableciendo la URL externa…</translation>
    </message>
    <message>
        <source>Could not set the external URL ({error}); paste the YAML instead.</source>
        <translation>No se pudo establecer la URL externa ({error}); pega el YAML en su lugar.</translation>
    </message>
    <message>
        <source>Home Assistant's external URL is now {url}.</source>
        <translation>La URL externa de Home Assistant es ahora {url}.</translation>
    </message>
    <message>
        <source>Not set: Home Assistant's core settings come from configuration.yaml, so a change made from here would be lost at its next restart. Paste the YAML above into configuration.yaml instead (replace an external_url line already there), then restart Home Assistant.</source>
        <translation>No establecida: los ajustes básicos de Home Assistant vienen de configuration.yaml, así que un cambio hecho desde aquí se perdería en el próximo reinicio. Pega el YAML de arriba en configuration.yaml (sustituye una línea external_url que ya exista) y reinicia Home Assistant.</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Copiar al portapapeles</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Sharing the app with Home Assistant's own Withings integration works, but Withings does not say whether a second login of the same person can end the other's session; if either one keeps asking you to log in again, create a second app for this one.</source>
        <translation>Compartir la aplicación con la integración de Withings de Home Assistant funciona, pero Withings no dice si un segundo inicio de sesión de la misma persona puede cerrar la otra sesión; si alguna de las dos te pide iniciar sesión una y otra vez, crea una segunda aplicación para esta.</translation>
    </message>
    <message>
        <source>App keys</source>
        <translation>Claves de la app</translation>
    </message>
    <message>
        <source>Client Id and Consumer Secret</source>
        <translation>Client Id y Consumer Secret</translation>
    </message>
    <message>
        <source>Copy both from your Withings developer app.</source>
        <translation>Copia ambos de tu aplicación de desarrollador de Withings.</translation>
    </message>
    <message>
        <source>S&amp;how the secret</source>
        <translation>&amp;Mostrar el secreto</translation>
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
        <translation>&amp;URL de retorno tal como se registró:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; the simulated Withings' demo app is filled in.</source>
        <translation>&lt;b&gt;Demo:&lt;/b&gt; la aplicación de demostración del Withings simulado ya está rellenada.</translation>
    </message>
    <message>
        <source>Your Withings developer app</source>
        <translation>Tu aplicación de desarrollador de Withings</translation>
    </message>
    <message>
        <source>The secret is kept in your system keyring ({keyring}), never in a settings file.</source>
        <translation>El secreto se guarda en el llavero de tu sistema ({keyring}), nunca en un archivo de ajustes.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Units and first sync</source>
        <translation>Unidades y sincronía</translation>
    </message>
    <message>
        <source>Options and first sync</source>
        <translation>Opciones y primera sincronización</translation>
    </message>
    <message>
        <source>Choose how the sensors look, then the first sync runs.</source>
        <translation>Elige cómo se ven los sensores; después se ejecuta la primera sincronización.</translation>
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
        <translation>a&amp;mbos (sensores kg y _lbs)</translation>
    </message>
    <message>
        <source>s&amp;t (_st sensors; shown as 11 st 2 lb)</source>
        <translation>s&amp;t (sensores _st; p. ej. 11 st 2 lb)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Start the tray when I log in</source>
        <translation>Iniciar el icono de la bandeja al iniciar sesión</translation>
    </message>
    <message>
        <source>Notify me of each new weigh-in</source>
        <translation>Avisarme de cada nueva pesada</translation>
    </message>
    <message>
        <source>Copy YAML</source>
        <translation>Copiar YAML</translation>
    </message>
    <message>
        <source>Check Home Assistant's &amp;configuration</source>
        <translation>Comprobar la &amp;configuración de Home Assistant</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>&amp;Add another person…</source>
        <translation>&amp;Añadir otra persona…</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Unidades:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sincronizar &amp;cada:</translation>
    </message>
    <message>
        <source>Publishing kg only but want pounds in HA too? Template sensors for configuration.yaml:</source>
        <translation>¿Publicas solo kg pero también quieres libras en HA? Sensores template para configuration.yaml:</translation>
    </message>
    <message>
        <source>Home Assistant:</source>
        <translation>Home Assistant:</translation>
    </message>
    <message>
        <source>First sync:</source>
        <translation>Sincronía inicial:</translation>
    </message>
    <message>
        <source>No Home Assistant in this setup.</source>
        <translation>No hay Home Assistant en esta configuración.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Configuration valid.</source>
        <translation>Configuración válida.</translation>
    </message>
    <message>
        <source>Configuration invalid.</source>
        <translation>Configuración no válida.</translation>
    </message>
    <message>
        <source>Errors: {detail}</source>
        <translation>Errores: {detail}</translation>
    </message>
    <message>
        <source>Warnings: {detail}</source>
        <translation>Advertencias: {detail}</translation>
    </message>
    <message>
        <source>Syncing with Withings…</source>
        <translation>Sincronizando con Withings…</translation>
    </message>
    <message>
        <source>The first sync did not fully work: {error}</source>
        <translation>La primera sincronización no funcionó del todo: {error}</translation>
    </message>
    <message>
        <source>The first sync failed: {error}</source>
        <translation>La primera sincronización falló: {error}</translation>
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
        <translation>Conectar con Home Assistant</translation>
    </message>
    <message>
        <source>Its address as this computer reaches it, and a long-lived access token (your HA profile → Security → Long-lived access tokens).</source>
        <translation>Su dirección tal como la alcanza este ordenador, y un token de acceso de larga duración (tu perfil de HA → Seguridad → Tokens de acceso de larga duración).</translation>
    </message>
    <message>
        <source>only for a self-signed certificate (.pem, .crt)</source>
        <translation>solo para un certificado autofirmado (.pem, .crt)</translation>
    </message>
    <message>
        <source>Trust certificate &amp;file…</source>
        <translation>Confiar en &amp;certificado…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>This address works only in your home network. If your Home Assistant has no address on the internet, choose the home-network path: nothing needs opening to the internet.</source>
        <translation>Esta dirección solo funciona en tu red doméstica. Si tu Home Assistant no tiene dirección en Internet, elige la opción «solo red doméstica»: no hay que abrir nada a Internet.</translation>
    </message>
    <message>
        <source>&amp;Use the home-network path</source>
        <translation>&amp;Usar la opción «red doméstica»</translation>
    </message>
    <message>
        <source>&amp;Skip Home Assistant (demo only: the sensors are shown, not sent)</source>
        <translation>&amp;Omitir Home Assistant (solo demo: sensores solo mostrados)</translation>
    </message>
    <message>
        <source>Home Assistant &amp;address:</source>
        <translation>&amp;Dirección de Home Assistant:</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>To&amp;ken de acceso:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificado:</translation>
    </message>
    <message>
        <source>In the demo you may skip this step; the tray then shows the demo data without sending it anywhere.</source>
        <translation>En la demo puedes omitir este paso; el icono de la bandeja muestra entonces los datos de demostración sin enviarlos a ningún sitio.</translation>
    </message>
    <message>
        <source>Tested before with this address and token.</source>
        <translation>Ya probado con esta dirección y este token.</translation>
    </message>
    <message>
        <source>Connected to Home Assistant {version} “{name}”.</source>
        <translation>Conectado a Home Assistant {version} «{name}».</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Trust Home Assistant's certificate</source>
        <translation>Confiar en el certificado de Home Assistant</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Home network only: Withings never needs to reach this Home Assistant.</source>
        <translation>Solo red doméstica: Withings nunca necesita llegar a este Home Assistant.</translation>
    </message>
</context>
<context>
    <name>Mark</name>
    <message>
        <source>passed</source>
        <translation>superado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>pendiente</translation>
    </message>
</context>
<context>
    <name>NumberBadge</name>
    <message>
        <source>field {number} in the picture</source>
        <translation>campo {number} de la imagen</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>The setup could not be saved: {error}</source>
        <translation>No se pudo guardar la configuración: {error}</translation>
    </message>
</context>
<context>
    <name>PathPage</name>
    <message>
        <source>A Withings account</source>
        <translation>Una cuenta de Withings</translation>
    </message>
    <message>
        <source>with the person's measurements in the Withings app</source>
        <translation>con las mediciones de la persona en la aplicación Withings</translation>
    </message>
    <message>
        <source>Home Assistant</source>
        <translation>Home Assistant</translation>
    </message>
    <message>
        <source>its address and a long-lived access token from your HA profile</source>
        <translation>su dirección y un token de acceso de larga duración de tu perfil de HA</translation>
    </message>
    <message>
        <source>About ten minutes</source>
        <translation>Unos diez minutos</translation>
    </message>
    <message>
        <source>you can close the wizard and continue later where you left off</source>
        <translation>puedes cerrar el asistente y seguir más tarde donde lo dejaste</translation>
    </message>
    <message>
        <source>&lt;b&gt;{what}&lt;/b&gt; — {why}</source>
        <translation>&lt;b&gt;{what}&lt;/b&gt; — {why}</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>This wizard connects your Withings account to Home Assistant. Your measurements then appear there as sensors, kept current from an icon beside the clock.</source>
        <translation>Este asistente conecta tu cuenta de Withings con Home Assistant. Tus mediciones aparecen allí como sensores, actualizados desde un icono junto al reloj.</translation>
    </message>
    <message>
        <source>Only on my home net&amp;work (nothing to open to the internet)</source>
        <translation>Solo en mi &amp;red doméstica (nada que abrir a Internet)</translation>
    </message>
    <message>
        <source>&amp;Home Assistant Cloud (Nabu Casa)</source>
        <translation>&amp;Home Assistant Cloud (Nabu Casa)</translation>
    </message>
    <message>
        <source>My &amp;own public domain with https (e.g. https://ha.example.com)</source>
        <translation>Mi &amp;propio dominio con https (p. ej. https://ha.example.com)</translation>
    </message>
    <message>
        <source>I already have a Withings &amp;developer app</source>
        <translation>Ya tengo una aplicación de &amp;desarrollador de Withings</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Qué necesitas</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <source>You register a free developer app with Withings (every value to type is given), log in to Withings here, and the first sync sends the measurements to Home Assistant. This app talks to Withings and Home Assistant directly; your login stays on this computer.</source>
        <translation>Registras una aplicación de desarrollador gratuita en Withings (se te da cada valor que debes escribir), inicias sesión aquí en Withings y la primera sincronización envía las mediciones a Home Assistant. Esta aplicación habla directamente con Withings y Home Assistant; tu inicio de sesión se queda en este ordenador.</translation>
    </message>
    <message>
        <source>How is your Home Assistant reached from outside?</source>
        <translation>¿Cómo se llega a tu Home Assistant desde fuera?</translation>
    </message>
    <message>
        <source>Withings' login ends at your developer app's callback address; this app catches that step itself, so the address never has to lead to your Home Assistant.</source>
        <translation>El inicio de sesión de Withings termina en la dirección de retorno de tu aplicación de desarrollador; esta aplicación intercepta ese paso, así que la dirección nunca tiene que llevar a tu Home Assistant.</translation>
    </message>
    <message>
        <source>For example the one made for Home Assistant's own Withings integration: its values are then used instead of a new app's.</source>
        <translation>Por ejemplo, la creada para la integración de Withings de Home Assistant: se usan entonces sus valores en lugar de los de una aplicación nueva.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; everything runs against a simulated Withings; any choice works.</source>
        <translation>&lt;b&gt;Demo:&lt;/b&gt; todo funciona con un Withings simulado; cualquier opción sirve.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>PortalFigure</name>
    <message>
        <source>Picture of the Withings developer portal's forms</source>
        <translation>Imagen de los formularios del portal de desarrolladores de Withings</translation>
    </message>
</context>
<context>
    <name>PortalPage</name>
    <message>
        <source>Withings app</source>
        <translation>Aplicación de Withings</translation>
    </message>
    <message>
        <source>Create your Withings developer app</source>
        <translation>Crea tu aplicación de desarrollador de Withings</translation>
    </message>
    <message>
        <source>Withings lets you read your own data through an app you register. Open the developer portal, create an application of the kind “Public API integration” and fill in:</source>
        <translation>Withings te permite leer tus propios datos mediante una aplicación que registras. Abre el portal de desarrolladores, crea una aplicación del tipo «Public API integration» y rellena:</translation>
    </message>
    <message>
        <source>&amp;Open the Withings developer portal</source>
        <translation>&amp;Abrir el portal de Withings</translation>
    </message>
    <message>
        <source>Save &amp;logo…</source>
        <translation>Guardar el &amp;logotipo…</translation>
    </message>
    <message>
        <source>Withings asks for {first} and {second} once, for your developer account. The saved application shows its Client ID and Secret: keep that page open.</source>
        <translation>Withings pide {first} y {second} una sola vez, para tu cuenta de desarrollador. La aplicación guardada muestra su Client ID y su Secret: deja esa página abierta.</translation>
    </message>
    <message>
        <source>I already &amp;have an app…</source>
        <translation>Ya &amp;tengo una aplicación…</translation>
    </message>
    <message>
        <source>Already have a Withings developer app (for Home Assistant's own integration, say)? Use it instead.</source>
        <translation>¿Ya tienes una aplicación de desarrollador de Withings (para la integración de Home Assistant, por ejemplo)? Úsala.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; nothing needs registering; the simulated Withings already knows a demo app, whose Client Id and Secret are filled in on the next page.</source>
        <translation>&lt;b&gt;Demo:&lt;/b&gt; no hay que registrar nada; el Withings simulado ya conoce una aplicación de demostración, cuyo Client Id y Secret están rellenados en la página siguiente.</translation>
    </message>
    <message>
        <source>No browser could be opened from here: copy the portal's address (above) into a browser.</source>
        <translation>No se pudo abrir ningún navegador desde aquí: copia la dirección del portal (arriba) en un navegador.</translation>
    </message>
    <message>
        <source>Save the logo</source>
        <translation>Guardar el logotipo</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Whose data is this?</source>
        <translation>¿De quién son estos datos?</translation>
    </message>
    <message>
        <source>The name becomes part of every entity id in Home Assistant.</source>
        <translation>El nombre pasa a formar parte de cada ID de entidad en Home Assistant.</translation>
    </message>
    <message>
        <source>Alice</source>
        <translation>Alicia</translation>
    </message>
    <message>
        <source>Also read &amp;ECG results</source>
        <translation>Leer también los resultados de &amp;ECG</translation>
    </message>
    <message>
        <source>The latest atrial fibrillation classification and its date. Withings gives ECGs with the “user.metrics” access this app already asks for, so no new login is needed.</source>
        <translation>La última clasificación de fibrilación auricular y su fecha. Withings da los ECG con el acceso «user.metrics» que esta aplicación ya pide, así que no hace falta volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Person's na&amp;me:</source>
        <translation>No&amp;mbre de la persona:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Entities:</source>
        <translation>Entidades:</translation>
    </message>
    <message>
        <source>Logged in to Withings as user &lt;b&gt;{user}&lt;/b&gt;. Name the person who owns that account.</source>
        <translation>Sesión iniciada en Withings como usuario &lt;b&gt;{user}&lt;/b&gt;. Pon nombre a la persona dueña de esa cuenta.</translation>
    </message>
    <message>
        <source>Could not read Home Assistant's entities ({error}).</source>
        <translation>No se pudieron leer las entidades de Home Assistant ({error}).</translation>
    </message>
    <message>
        <source>{conflict}. Choose another name.</source>
        <translation>{conflict}. Elige otro nombre.</translation>
    </message>
    <message>
        <source>Home Assistant already has {count} of these entities (e.g. {example}). If they come from an earlier setup of this app that is fine; otherwise choose another name.</source>
        <translation>Home Assistant ya tiene {count} de estas entidades (p. ej. {example}). Si vienen de una configuración anterior de esta aplicación, no pasa nada; si no, elige otro nombre.</translation>
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
        <translation>Cómo solucionarlo: {fix}</translation>
    </message>
    <message>
        <source>(a warning; Withings would accept it)</source>
        <translation>(una advertencia; Withings lo aceptaría)</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Withings GUI setup (demo)</source>
        <translation>Configuración de Withings GUI (demo)</translation>
    </message>
    <message>
        <source>Withings GUI setup</source>
        <translation>Configuración de Withings GUI</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Withings GUI logo</source>
        <translation>Logotipo de Withings GUI</translation>
    </message>
    <message>
        <source>&lt;b&gt;Withings GUI&lt;/b&gt;&lt;br&gt;Setup</source>
        <translation>&lt;b&gt;Withings GUI&lt;/b&gt;&lt;br&gt;Configuración</translation>
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
        <translation>La sincronización tardó más de {seconds} s y se detuvo.</translation>
    </message>
    <message>
        <source>The sync process could not start: {error}</source>
        <translation>El proceso de sincronización no pudo iniciarse: {error}</translation>
    </message>
    <message>
        <source>The sync process crashed ({code}): {error}</source>
        <translation>El proceso de sincronización falló ({code}): {error}</translation>
    </message>
    <message>
        <source>The sync process crashed ({code}).</source>
        <translation>El proceso de sincronización falló ({code}).</translation>
    </message>
    <message>
        <source>The sync process exited {code}: {error}</source>
        <translation>El proceso de sincronización terminó con {code}: {error}</translation>
    </message>
    <message>
        <source>The sync process exited {code}.</source>
        <translation>El proceso de sincronización terminó con {code}.</translation>
    </message>
</context>
<context>
    <name>core.callback_network</name>
    <message>
        <source>the name resolves</source>
        <translation>el nombre se resuelve</translation>
    </message>
    <message>
        <source>a certificate from a public authority</source>
        <translation>un certificado de una autoridad pública</translation>
    </message>
    <message>
        <source>answers an HTTP HEAD request</source>
        <translation>responde a una petición HTTP HEAD</translation>
    </message>
    <message>
        <source>Use Home Assistant Cloud (Nabu Casa), or get a certificate from a public authority, e.g. with Home Assistant's Let's Encrypt add-on.</source>
        <translation>Usa Home Assistant Cloud (Nabu Casa) u obtén un certificado de una autoridad pública, p. ej. con el complemento Let's Encrypt de Home Assistant.</translation>
    </message>
    <message>
        <source>The certificate of {host} has expired.</source>
        <translation>El certificado de {host} ha caducado.</translation>
    </message>
    <message>
        <source>Renew it; Home Assistant's Let's Encrypt add-on renews automatically, and Home Assistant Cloud (Nabu Casa) needs no certificate of your own.</source>
        <translation>Renuévalo; el complemento Let's Encrypt de Home Assistant lo renueva automáticamente, y Home Assistant Cloud (Nabu Casa) no necesita un certificado propio.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not valid yet.</source>
        <translation>El certificado de {host} todavía no es válido.</translation>
    </message>
    <message>
        <source>Check this computer's date and time, or wait until the certificate's start date.</source>
        <translation>Comprueba la fecha y la hora de este ordenador o espera a la fecha de inicio del certificado.</translation>
    </message>
    <message>
        <source>The certificate of {host} is self-signed; Withings refuses it.</source>
        <translation>El certificado de {host} es autofirmado; Withings lo rechaza.</translation>
    </message>
    <message>
        <source>The certificate is not valid for {host} (it was issued for another name).</source>
        <translation>El certificado no es válido para {host} (se emitió para otro nombre).</translation>
    </message>
    <message>
        <source>Use the domain name the certificate was issued for, or get a certificate that includes {host} (the Let's Encrypt add-on's 'domains' option).</source>
        <translation>Usa el nombre de dominio para el que se emitió el certificado u obtén uno que incluya {host} (la opción «domains» del complemento Let's Encrypt).</translation>
    </message>
    <message>
        <source>The certificate of {host} has been revoked.</source>
        <translation>El certificado de {host} ha sido revocado.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not issued by a public certificate authority (or the server does not send the full chain).</source>
        <translation>El certificado de {host} no lo emite una autoridad de certificación pública (o el servidor no envía la cadena completa).</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>the URL has no valid domain name</source>
        <translation>la URL no tiene un nombre de dominio válido</translation>
    </message>
    <message>
        <source>{host} does not resolve</source>
        <translation>{host} no se resuelve</translation>
    </message>
    <message>
        <source>there is no secure connection</source>
        <translation>no hay conexión segura</translation>
    </message>
    <message>
        <source>Not checked: {reason}.</source>
        <translation>Sin comprobar: {reason}.</translation>
    </message>
    <message>
        <source>Check the spelling, and that the domain's DNS record (A or AAAA) points at the public address of your Home Assistant.</source>
        <translation>Comprueba la ortografía y que el registro DNS del dominio (A o AAAA) apunte a la dirección pública de tu Home Assistant.</translation>
    </message>
    <message>
        <source>Copy the address exactly from Home Assistant → Settings → Home Assistant Cloud → Remote control, and check that remote control is switched on.</source>
        <translation>Copia la dirección exactamente de Home Assistant → Ajustes → Home Assistant Cloud → Control remoto y comprueba que el control remoto está activado.</translation>
    </message>
    <message>
        <source>{host} does not resolve ({why}).</source>
        <translation>{host} no se resuelve ({why}).</translation>
    </message>
    <message>
        <source>no such name</source>
        <translation>no existe ese nombre</translation>
    </message>
    <message>
        <source>the DNS server did not answer</source>
        <translation>el servidor DNS no respondió</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>sin dirección</translation>
    </message>
    <message>
        <source>{host} resolves to {addresses}. That is an address inside a private network: make sure public DNS gives Withings your public address.</source>
        <translation>{host} se resuelve como {addresses}. Es una dirección de una red privada: asegúrate de que el DNS público dé a Withings tu dirección pública.</translation>
    </message>
    <message>
        <source>{host} resolves to {addresses}.</source>
        <translation>{host} se resuelve como {addresses}.</translation>
    </message>
    <message>
        <source>Could not connect to {host} on port {port} ({why}).</source>
        <translation>No se pudo conectar con {host} en el puerto {port} ({why}).</translation>
    </message>
    <message>
        <source>Make sure port {port} of your router is forwarded to Home Assistant, or use Home Assistant Cloud (Nabu Casa).</source>
        <translation>Asegúrate de que el puerto {port} de tu router se redirige a Home Assistant, o usa Home Assistant Cloud (Nabu Casa).</translation>
    </message>
    <message>
        <source>{host} answers on port {port}, but not with https (plain http?).</source>
        <translation>{host} responde en el puerto {port}, pero no con https (¿http simple?).</translation>
    </message>
    <message>
        <source>Serve Home Assistant over https on port 443 (ssl_certificate in the http: section, or a reverse proxy), or use Home Assistant Cloud.</source>
        <translation>Sirve Home Assistant por https en el puerto 443 (ssl_certificate en la sección http:, o un proxy inverso), o usa Home Assistant Cloud.</translation>
    </message>
    <message>
        <source>Check that port 443 reaches Home Assistant (or its proxy) over https.</source>
        <translation>Comprueba que el puerto 443 llega a Home Assistant (o a su proxy) por https.</translation>
    </message>
    <message>
        <source>Certificate for {host} issued by {issuer}, valid until {date}.</source>
        <translation>Certificado para {host} emitido por {issuer}, válido hasta {date}.</translation>
    </message>
    <message>
        <source>Certificate for {host} issued by {issuer}.</source>
        <translation>Certificado para {host} emitido por {issuer}.</translation>
    </message>
    <message>
        <source>The secure (TLS) handshake with {host} failed ({why}).</source>
        <translation>La negociación segura (TLS) con {host} falló ({why}).</translation>
    </message>
    <message>
        <source>Check that Home Assistant (or the proxy in front of it) is running and reachable from the internet at this address.</source>
        <translation>Comprueba que Home Assistant (o el proxy delante de él) está en marcha y es accesible desde Internet en esta dirección.</translation>
    </message>
    <message>
        <source>The server closed or reset the connection without answering the HEAD request.</source>
        <translation>El servidor cerró o restableció la conexión sin responder a la petición HEAD.</translation>
    </message>
    <message>
        <source>The server's answer is not HTTP ({why}).</source>
        <translation>La respuesta del servidor no es HTTP ({why}).</translation>
    </message>
    <message>
        <source>The HEAD request got no answer ({why}).</source>
        <translation>La petición HEAD no obtuvo respuesta ({why}).</translation>
    </message>
    <message>
        <source>Answered HEAD with HTTP {status} (any answer will do for Withings).</source>
        <translation>Respondió a HEAD con HTTP {status} (a Withings le vale cualquier respuesta).</translation>
    </message>
    <message>
        <source>no answer within {seconds} s</source>
        <translation>sin respuesta en {seconds} s</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation>conexión restablecida</translation>
    </message>
</context>
<context>
    <name>core.callback_url</name>
    <message>
        <source>Use the domain name Home Assistant is reachable at from the internet (Home Assistant Cloud, or your own domain), not an address of your home network.</source>
        <translation>Usa el nombre de dominio con el que Home Assistant es accesible desde Internet (Home Assistant Cloud o tu propio dominio), no una dirección de tu red doméstica.</translation>
    </message>
    <message>
        <source>Enter your Home Assistant Cloud address or your own domain.</source>
        <translation>Introduce tu dirección de Home Assistant Cloud o tu propio dominio.</translation>
    </message>
    <message>
        <source>Enter the callback URL.</source>
        <translation>Introduce la URL de retorno.</translation>
    </message>
    <message>
        <source>{value!r} is not a web address or domain name; it looks like https://ha.example.com.</source>
        <translation>{value!r} no es una dirección web ni un nombre de dominio; tiene este aspecto: https://ha.example.com.</translation>
    </message>
    <message>
        <source>The port in {value!r} is not a number from 1 to 65535.</source>
        <translation>El puerto de {value!r} no es un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>That is not a Home Assistant Cloud address; it looks like https://abcdef1234567890.ui.nabu.casa (Home Assistant → Settings → Home Assistant Cloud → Remote control).</source>
        <translation>Eso no es una dirección de Home Assistant Cloud; tiene este aspecto: https://abcdef1234567890.ui.nabu.casa (Home Assistant → Ajustes → Home Assistant Cloud → Control remoto).</translation>
    </message>
    <message>
        <source>{value!r} has spaces in it; a web address has none.</source>
        <translation>{value!r} contiene espacios; una dirección web no los tiene.</translation>
    </message>
    <message>
        <source>{value!r} is not a web address (it starts with {scheme}://, not https://).</source>
        <translation>{value!r} no es una dirección web (empieza por {scheme}://, no por https://).</translation>
    </message>
    <message>
        <source>{value!r} is not a web address.</source>
        <translation>{value!r} no es una dirección web.</translation>
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
        <translation>Withings solo acepta URL de retorno https (esta es {what}).</translation>
    </message>
    <message>
        <source>not a full web address</source>
        <translation>no es una dirección web completa</translation>
    </message>
    <message>
        <source>Reach Home Assistant over https: Home Assistant Cloud (Nabu Casa), or a certificate for your domain (e.g. the Let's Encrypt add-on).</source>
        <translation>Accede a Home Assistant por https: Home Assistant Cloud (Nabu Casa) o un certificado para tu dominio (p. ej. el complemento Let's Encrypt).</translation>
    </message>
    <message>
        <source>at most 255 characters</source>
        <translation>255 caracteres como máximo</translation>
    </message>
    <message>
        <source>{length} characters.</source>
        <translation>{length} caracteres.</translation>
    </message>
    <message>
        <source>The URL is {length} characters; Withings allows {limit}.</source>
        <translation>La URL tiene {length} caracteres; Withings permite {limit}.</translation>
    </message>
    <message>
        <source>Use a shorter domain name.</source>
        <translation>Usa un nombre de dominio más corto.</translation>
    </message>
    <message>
        <source>no user name or password</source>
        <translation>sin usuario ni contraseña</translation>
    </message>
    <message>
        <source>No user name or password.</source>
        <translation>Sin usuario ni contraseña.</translation>
    </message>
    <message>
        <source>Remove the 'user:password@' part: Withings refuses credentials in the URL.</source>
        <translation>Quita la parte «user:password@»: Withings rechaza credenciales en la URL.</translation>
    </message>
    <message>
        <source>no query or fragment</source>
        <translation>sin consulta ni fragmento</translation>
    </message>
    <message>
        <source>No '?…' or '#…' part.</source>
        <translation>Sin parte «?…» ni «#…».</translation>
    </message>
    <message>
        <source>Remove the '?…' or '#…' part: Withings compares the URL exactly and adds its own query.</source>
        <translation>Quita la parte «?…» o «#…»: Withings compara la URL exactamente y añade su propia consulta.</translation>
    </message>
    <message>
        <source>Home Assistant's callback path</source>
        <translation>la ruta de retorno de Home Assistant</translation>
    </message>
    <message>
        <source>Ends in {path}.</source>
        <translation>Termina en {path}.</translation>
    </message>
    <message>
        <source>Home Assistant receives the login at {path}; this URL has {this}.</source>
        <translation>Home Assistant recibe el inicio de sesión en {path}; esta URL tiene {this}.</translation>
    </message>
    <message>
        <source>Use {url}, unless something other than Home Assistant receives the login.</source>
        <translation>Usa {url}, salvo que algo distinto de Home Assistant reciba el inicio de sesión.</translation>
    </message>
    <message>
        <source>a fully qualified domain name</source>
        <translation>un nombre de dominio completo</translation>
    </message>
    <message>
        <source>The URL has no domain name.</source>
        <translation>La URL no tiene nombre de dominio.</translation>
    </message>
    <message>
        <source>{host} is an IP address; Withings needs a domain name.</source>
        <translation>{host} es una dirección IP; Withings necesita un nombre de dominio.</translation>
    </message>
    <message>
        <source>{host} ends with a dot; Withings compares the URL exactly.</source>
        <translation>{host} termina en punto; Withings compara la URL exactamente.</translation>
    </message>
    <message>
        <source>Remove the trailing dot.</source>
        <translation>Quita el punto final.</translation>
    </message>
    <message>
        <source>{host!r} is not a valid domain name (letters, digits and '-' between dots).</source>
        <translation>{host!r} no es un nombre de dominio válido (letras, dígitos y «-» entre puntos).</translation>
    </message>
    <message>
        <source>{host} only exists on your own network; Withings cannot reach it.</source>
        <translation>{host} solo existe en tu propia red; Withings no puede llegar a él.</translation>
    </message>
    <message>
        <source>{host} is not a fully qualified domain name (it has no dot).</source>
        <translation>{host} no es un nombre de dominio completo (no tiene punto).</translation>
    </message>
    <message>
        <source>{host} is not a valid domain name (it does not end in a top-level domain such as .com).</source>
        <translation>{host} no es un nombre de dominio válido (no termina en un dominio de nivel superior como .com).</translation>
    </message>
    <message>
        <source>{host} is a fully qualified domain name.</source>
        <translation>{host} es un nombre de dominio completo.</translation>
    </message>
    <message>
        <source>the default https port</source>
        <translation>el puerto https predeterminado</translation>
    </message>
    <message>
        <source>The port is not a number from 1 to 65535.</source>
        <translation>El puerto no es un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>Remove the port.</source>
        <translation>Quita el puerto.</translation>
    </message>
    <message>
        <source>Default port.</source>
        <translation>Puerto predeterminado.</translation>
    </message>
    <message>
        <source>Withings only accepts the default port (443); this URL uses {port}.</source>
        <translation>Withings solo acepta el puerto predeterminado (443); esta URL usa {port}.</translation>
    </message>
    <message>
        <source>Forward port 443 of your router to Home Assistant and remove the port from the URL, or use Home Assistant Cloud (Nabu Casa).</source>
        <translation>Redirige el puerto 443 de tu router a Home Assistant y quita el puerto de la URL, o usa Home Assistant Cloud (Nabu Casa).</translation>
    </message>
</context>
<context>
    <name>core.setup_draft</name>
    <message>
        <source>it cannot be read: {why}</source>
        <translation>no se puede leer: {why}</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>está anidado demasiado</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>no es JSON válido</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>its list of finished pages is not a list of page names</source>
        <translation>su lista de páginas terminadas no es una lista de nombres de página</translation>
    </message>
    <message>
        <source>{name} has a value of the wrong kind</source>
        <translation>{name} tiene un valor del tipo incorrecto</translation>
    </message>
    <message>
        <source>{name} holds text that cannot be used</source>
        <translation>{name} contiene texto que no se puede usar</translation>
    </message>
    <message>
        <source>its choice of callback address is unknown</source>
        <translation>su elección de dirección de retorno es desconocida</translation>
    </message>
    <message>
        <source>its {name} name is not a profile name</source>
        <translation>su nombre para {name} no es un nombre de perfil</translation>
    </message>
    <message>
        <source>its profile name is not a profile name</source>
        <translation>su nombre de perfil no es un nombre de perfil</translation>
    </message>
    <message>
        <source>its unit is unknown</source>
        <translation>su unidad es desconocida</translation>
    </message>
    <message>
        <source>its sync interval is out of range</source>
        <translation>su intervalo de sincronización está fuera de rango</translation>
    </message>
    <message>
        <source>its {name} is not usable</source>
        <translation>su valor para {name} no se puede usar</translation>
    </message>
    <message>
        <source>The saved setup progress ({file}) could not be used ({why}), so setup starts from the beginning; your settings are unchanged.</source>
        <translation>No se pudo usar el progreso guardado de la configuración ({file}) ({why}), así que la configuración empieza desde el principio; tus ajustes no han cambiado.</translation>
    </message>
</context>
<context>
    <name>core.snippets</name>
    <message>
        <source>{value!r} has no domain name in it.</source>
        <translation>{value!r} no contiene ningún nombre de dominio.</translation>
    </message>
</context>
</TS>
