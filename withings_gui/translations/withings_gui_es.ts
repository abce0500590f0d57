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
        <source>Set this as Home Assistant&apos;s e&amp;xternal URL</source>
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
        <source>Home Assistant&apos;s external URL is now {url}.</source>
        <translation>La URL externa de Home Assistant es ahora {url}.</translation>
    </message>
    <message>
        <source>Not set: Home Assistant&apos;s core settings come from configuration.yaml, so a change made from here would be lost at its next restart. Paste the YAML above into configuration.yaml instead (replace an external_url line already there), then restart Home Assistant.</source>
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
        <source>Sharing the app with Home Assistant&apos;s own Withings integration works, but Withings does not say whether a second login of the same person can end the other&apos;s session; if either one keeps asking you to log in again, create a second app for this one.</source>
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
        <source>&lt;b&gt;Demo:&lt;/b&gt; the simulated Withings&apos; demo app is filled in.</source>
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
        <source>Check Home Assistant&apos;s &amp;configuration</source>
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
        <source>Trust Home Assistant&apos;s certificate</source>
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
        <source>with the person&apos;s measurements in the Withings app</source>
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
        <source>Withings&apos; login ends at your developer app&apos;s callback address; this app catches that step itself, so the address never has to lead to your Home Assistant.</source>
        <translation>El inicio de sesión de Withings termina en la dirección de retorno de tu aplicación de desarrollador; esta aplicación intercepta ese paso, así que la dirección nunca tiene que llevar a tu Home Assistant.</translation>
    </message>
    <message>
        <source>For example the one made for Home Assistant&apos;s own Withings integration: its values are then used instead of a new app&apos;s.</source>
        <translation>Por ejemplo, la creada para la integración de Withings de Home Assistant: se usan entonces sus valores en lugar de los de una aplicación nueva.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; everything runs against a simulated Withings; any choice works.</source>
        <translation>&lt;b&gt;Demo:&lt;/b&gt; todo funciona con un Withings simulado; cualquier opción sirve.</translation>
    </message>
</context>
<context>
    <name>PortalFigure</name>
    <message>
        <source>Picture of the Withings developer portal&apos;s forms</source>
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
        <source>Already have a Withings developer app (for Home Assistant&apos;s own integration, say)? Use it instead.</source>
        <translation>¿Ya tienes una aplicación de desarrollador de Withings (para la integración de Home Assistant, por ejemplo)? Úsala.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; nothing needs registering; the simulated Withings already knows a demo app, whose Client Id and Secret are filled in on the next page.</source>
        <translation>&lt;b&gt;Demo:&lt;/b&gt; no hay que registrar nada; el Withings simulado ya conoce una aplicación de demostración, cuyo Client Id y Secret están rellenados en la página siguiente.</translation>
    </message>
    <message>
        <source>No browser could be opened from here: copy the portal&apos;s address (above) into a browser.</source>
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
        <source>Person&apos;s na&amp;me:</source>
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
        <source>Could not read Home Assistant&apos;s entities ({error}).</source>
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
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
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
    <name>cli.commands</name>
    <message>
        <source>withings-gui {command}: not available with --demo (the demo configures and logs in by itself).</source>
        <translation>withings-gui {command}: no disponible con --demo (la demo se configura e inicia sesión sola).</translation>
    </message>
</context>
<context>
    <name>cli.configure</name>
    <message>
        <source>Warning: {warning}</source>
        <translation>Aviso: {warning}</translation>
    </message>
    <message>
        <source>Saved settings for profile &apos;{profile}&apos; in {file}.</source>
        <translation>Ajustes del perfil &apos;{profile}&apos; guardados en {file}.</translation>
    </message>
    <message>
        <source>--remove needs --profile NAME</source>
        <translation>--remove necesita --profile NOMBRE</translation>
    </message>
    <message>
        <source>no profile &apos;{profile}&apos; to remove; configured: {profiles}</source>
        <translation>no hay ningún perfil &apos;{profile}&apos; que quitar; configurados: {profiles}</translation>
    </message>
    <message>
        <source>Removed profile &apos;{profile}&apos; ({what}); its history stays in {file}.</source>
        <translation>Perfil &apos;{profile}&apos; quitado ({what}); su historial se queda en {file}.</translation>
    </message>
    <message>
        <source>--profile is required (only --language may be set without it)</source>
        <translation>--profile es obligatorio (solo --language puede fijarse sin él)</translation>
    </message>
    <message>
        <source>Saved the language ({language}) in {file}; it applies from the next start of the wizard and the tray.</source>
        <translation>Idioma ({language}) guardado en {file}; se aplica desde el próximo inicio del asistente y del icono de la bandeja.</translation>
    </message>
    <message>
        <source>The callback URL would be refused by Withings: {reasons}</source>
        <translation>Withings rechazaría la URL de retorno: {reasons}</translation>
    </message>
    <message>
        <source>{options} must be given the first time.</source>
        <translation>{options} debe indicarse la primera vez.</translation>
    </message>
    <message>
        <source>No Withings Consumer Secret saved yet: give a line client_secret=... on standard input.</source>
        <translation>Aún no hay un Consumer Secret de Withings guardado: da una línea client_secret=... por la entrada estándar.</translation>
    </message>
    <message>
        <source>{name} (Enter keeps the saved one): </source>
        <translation>{name} (Intro conserva el valor guardado): </translation>
    </message>
    <message>
        <source>Standard input line {number} is not client_secret=... or ha_token=...</source>
        <translation>La línea {number} de la entrada estándar no es client_secret=... ni ha_token=...</translation>
    </message>
</context>
<context>
    <name>cli.listen</name>
    <message>
        <source>Home Assistant is reachable only on the home network, so Withings cannot send it notifications; checking on the sync interval instead.</source>
        <translation>Home Assistant solo es accesible en la red doméstica, así que Withings no puede enviarle notificaciones; en su lugar se comprueba en cada intervalo de sincronización.</translation>
    </message>
    <message>
        <source>Home Assistant is not set up; run setup first.</source>
        <translation>Home Assistant no está configurado; ejecuta primero la configuración.</translation>
    </message>
    <message>
        <source>No Home Assistant token is saved; run setup again.</source>
        <translation>No hay ningún token de Home Assistant guardado; vuelve a ejecutar la configuración.</translation>
    </message>
    <message>
        <source>Home Assistant&apos;s webhook stopped: {problem}</source>
        <translation>El webhook de Home Assistant se detuvo: {problem}</translation>
    </message>
</context>
<context>
    <name>cli.login</name>
    <message>
        <source>No profile &apos;{profile}&apos; yet; create it with `withings-gui configure --profile {profile} ...`.</source>
        <translation>Aún no existe el perfil &apos;{profile}&apos;; créalo con `withings-gui configure --profile {profile} ...`.</translation>
    </message>
    <message>
        <source>Open this address, log in to Withings and allow access:</source>
        <translation>Abre esta dirección, inicia sesión en Withings y permite el acceso:</translation>
    </message>
    <message>
        <source>Your browser then tries to open the callback address. Copy that whole address from the address bar, paste it here and press Enter (it may show an error page: that is fine, the address is what counts):</source>
        <translation>Después tu navegador intenta abrir la dirección de retorno. Copia esa dirección completa de la barra de direcciones, pégala aquí y pulsa Intro (puede mostrar una página de error: no pasa nada, lo que cuenta es la dirección):</translation>
    </message>
    <message>
        <source>nothing was pasted; run login again.</source>
        <translation>no se pegó nada; vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Log in again with that person&apos;s Withings account, or run `withings-gui login --profile {profile} --replace` to give the profile to the new account.</source>
        <translation>Vuelve a iniciar sesión con la cuenta de Withings de esa persona, o ejecuta `withings-gui login --profile {profile} --replace` para dar el perfil a la cuenta nueva.</translation>
    </message>
    <message>
        <source>Logged in: profile &apos;{profile}&apos; is Withings user {user}.</source>
        <translation>Sesión iniciada: el perfil &apos;{profile}&apos; es el usuario de Withings {user}.</translation>
    </message>
    <message>
        <source>Profile &apos;{profile}&apos; was removed while logging in; add it again with `withings-gui configure`, then log in again.</source>
        <translation>El perfil &apos;{profile}&apos; se eliminó durante el inicio de sesión; añádelo de nuevo con `withings-gui configure` y vuelve a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>cli.sync</name>
    <message>
        <source>no profile is configured; run `withings-gui setup` or `withings-gui configure` first.</source>
        <translation>no hay ningún perfil configurado; ejecuta primero `withings-gui setup` o `withings-gui configure`.</translation>
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
        <source>Use Home Assistant Cloud (Nabu Casa), or get a certificate from a public authority, e.g. with Home Assistant&apos;s Let&apos;s Encrypt add-on.</source>
        <translation>Usa Home Assistant Cloud (Nabu Casa) u obtén un certificado de una autoridad pública, p. ej. con el complemento Let&apos;s Encrypt de Home Assistant.</translation>
    </message>
    <message>
        <source>The certificate of {host} has expired.</source>
        <translation>El certificado de {host} ha caducado.</translation>
    </message>
    <message>
        <source>Renew it; Home Assistant&apos;s Let&apos;s Encrypt add-on renews automatically, and Home Assistant Cloud (Nabu Casa) needs no certificate of your own.</source>
        <translation>Renuévalo; el complemento Let&apos;s Encrypt de Home Assistant lo renueva automáticamente, y Home Assistant Cloud (Nabu Casa) no necesita un certificado propio.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not valid yet.</source>
        <translation>El certificado de {host} todavía no es válido.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time, or wait until the certificate&apos;s start date.</source>
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
        <source>Use the domain name the certificate was issued for, or get a certificate that includes {host} (the Let&apos;s Encrypt add-on&apos;s &apos;domains&apos; option).</source>
        <translation>Usa el nombre de dominio para el que se emitió el certificado u obtén uno que incluya {host} (la opción «domains» del complemento Let&apos;s Encrypt).</translation>
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
        <source>Check the spelling, and that the domain&apos;s DNS record (A or AAAA) points at the public address of your Home Assistant.</source>
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
        <source>The server&apos;s answer is not HTTP ({why}).</source>
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
        <source>Reach Home Assistant over https: Home Assistant Cloud (Nabu Casa), or a certificate for your domain (e.g. the Let&apos;s Encrypt add-on).</source>
        <translation>Accede a Home Assistant por https: Home Assistant Cloud (Nabu Casa) o un certificado para tu dominio (p. ej. el complemento Let&apos;s Encrypt).</translation>
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
        <source>Remove the &apos;user:password@&apos; part: Withings refuses credentials in the URL.</source>
        <translation>Quita la parte «user:password@»: Withings rechaza credenciales en la URL.</translation>
    </message>
    <message>
        <source>no query or fragment</source>
        <translation>sin consulta ni fragmento</translation>
    </message>
    <message>
        <source>No &apos;?…&apos; or &apos;#…&apos; part.</source>
        <translation>Sin parte «?…» ni «#…».</translation>
    </message>
    <message>
        <source>Remove the &apos;?…&apos; or &apos;#…&apos; part: Withings compares the URL exactly and adds its own query.</source>
        <translation>Quita la parte «?…» o «#…»: Withings compara la URL exactamente y añade su propia consulta.</translation>
    </message>
    <message>
        <source>Home Assistant&apos;s callback path</source>
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
        <source>{host!r} is not a valid domain name (letters, digits and &apos;-&apos; between dots).</source>
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
    <name>core.catalog</name>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <source>Fat-free mass</source>
        <translation>Masa magra</translation>
    </message>
    <message>
        <source>Fat ratio</source>
        <translation>Porcentaje de grasa</translation>
    </message>
    <message>
        <source>Fat mass</source>
        <translation>Masa grasa</translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation>Presión arterial diastólica</translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation>Presión arterial sistólica</translation>
    </message>
    <message>
        <source>Heart pulse</source>
        <translation>Pulso</translation>
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
        <translation>Temperatura corporal</translation>
    </message>
    <message>
        <source>Skin temperature</source>
        <translation>Temperatura de la piel</translation>
    </message>
    <message>
        <source>Muscle mass</source>
        <translation>Masa muscular</translation>
    </message>
    <message>
        <source>Hydration</source>
        <translation>Hidratación</translation>
    </message>
    <message>
        <source>Bone mass</source>
        <translation>Masa ósea</translation>
    </message>
    <message>
        <source>Pulse wave velocity</source>
        <translation>Velocidad de onda de pulso</translation>
    </message>
    <message>
        <source>VO2 max</source>
        <translation>VO2 máx</translation>
    </message>
    <message>
        <source>Vascular age</source>
        <translation>Edad vascular</translation>
    </message>
    <message>
        <source>Extracellular water</source>
        <translation>Agua extracelular</translation>
    </message>
    <message>
        <source>Intracellular water</source>
        <translation>Agua intracelular</translation>
    </message>
    <message>
        <source>Visceral fat</source>
        <translation>Grasa visceral</translation>
    </message>
    <message>
        <source>Basal metabolic rate</source>
        <translation>Tasa metabólica basal</translation>
    </message>
    <message>
        <source>Metabolic age</source>
        <translation>Edad metabólica</translation>
    </message>
    <message>
        <source>Electrodermal activity feet</source>
        <translation>Actividad electrodérmica de los pies</translation>
    </message>
    <message>
        <source>Electrodermal activity left foot</source>
        <translation>Actividad electrodérmica del pie izquierdo</translation>
    </message>
    <message>
        <source>Electrodermal activity right foot</source>
        <translation>Actividad electrodérmica del pie derecho</translation>
    </message>
    <message>
        <source>Electrochemical skin conductance</source>
        <translation>Conductancia electroquímica de la piel</translation>
    </message>
    <message>
        <source>Nerve health score feet</source>
        <translation>Puntuación de salud nerviosa de los pies</translation>
    </message>
    <message>
        <source>Nerve health score left foot</source>
        <translation>Puntuación de salud nerviosa del pie izquierdo</translation>
    </message>
    <message>
        <source>Nerve health score right foot</source>
        <translation>Puntuación de salud nerviosa del pie derecho</translation>
    </message>
    <message>
        <source>torso</source>
        <translation>tronco</translation>
    </message>
    <message>
        <source>left arm</source>
        <translation>brazo izquierdo</translation>
    </message>
    <message>
        <source>right arm</source>
        <translation>brazo derecho</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>pierna izquierda</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>pierna derecha</translation>
    </message>
    <message>
        <source>{measure} {segment}</source>
        <translation>{measure} {segment}</translation>
    </message>
    <message>
        <source>Deep sleep</source>
        <translation>Sueño profundo</translation>
    </message>
    <message>
        <source>Light sleep</source>
        <translation>Sueño ligero</translation>
    </message>
    <message>
        <source>REM sleep</source>
        <translation>Sueño REM</translation>
    </message>
    <message>
        <source>Awake during sleep</source>
        <translation>Despierto durante el sueño</translation>
    </message>
    <message>
        <source>Time to sleep</source>
        <translation>Tiempo hasta dormirse</translation>
    </message>
    <message>
        <source>Time to wake up</source>
        <translation>Tiempo hasta levantarse</translation>
    </message>
    <message>
        <source>Total sleep</source>
        <translation>Sueño total</translation>
    </message>
    <message>
        <source>Wake-ups</source>
        <translation>Despertares</translation>
    </message>
    <message>
        <source>Sleep heart rate average</source>
        <translation>Frecuencia cardíaca media durante el sueño</translation>
    </message>
    <message>
        <source>Sleep heart rate minimum</source>
        <translation>Frecuencia cardíaca mínima durante el sueño</translation>
    </message>
    <message>
        <source>Sleep heart rate maximum</source>
        <translation>Frecuencia cardíaca máxima durante el sueño</translation>
    </message>
    <message>
        <source>Sleep breathing rate average</source>
        <translation>Frecuencia respiratoria media durante el sueño</translation>
    </message>
    <message>
        <source>Sleep breathing rate minimum</source>
        <translation>Frecuencia respiratoria mínima durante el sueño</translation>
    </message>
    <message>
        <source>Sleep breathing rate maximum</source>
        <translation>Frecuencia respiratoria máxima durante el sueño</translation>
    </message>
    <message>
        <source>Sleep score</source>
        <translation>Puntuación del sueño</translation>
    </message>
    <message>
        <source>Snoring</source>
        <translation>Ronquidos</translation>
    </message>
    <message>
        <source>Snoring episodes</source>
        <translation>Episodios de ronquido</translation>
    </message>
    <message>
        <source>Breathing disturbances</source>
        <translation>Alteraciones respiratorias</translation>
    </message>
    <message>
        <source>Steps today</source>
        <translation>Pasos hoy</translation>
    </message>
    <message>
        <source>Distance today</source>
        <translation>Distancia hoy</translation>
    </message>
    <message>
        <source>Elevation today</source>
        <translation>Desnivel hoy</translation>
    </message>
    <message>
        <source>Active time today</source>
        <translation>Tiempo activo hoy</translation>
    </message>
    <message>
        <source>Light activity today</source>
        <translation>Actividad ligera hoy</translation>
    </message>
    <message>
        <source>Moderate activity today</source>
        <translation>Actividad moderada hoy</translation>
    </message>
    <message>
        <source>Intense activity today</source>
        <translation>Actividad intensa hoy</translation>
    </message>
    <message>
        <source>Active calories today</source>
        <translation>Calorías activas hoy</translation>
    </message>
    <message>
        <source>Total calories today</source>
        <translation>Calorías totales hoy</translation>
    </message>
    <message>
        <source>Step goal</source>
        <translation>Objetivo de pasos</translation>
    </message>
    <message>
        <source>Sleep goal</source>
        <translation>Objetivo de sueño</translation>
    </message>
    <message>
        <source>Weight goal</source>
        <translation>Objetivo de peso</translation>
    </message>
    <message>
        <source>Last workout type</source>
        <translation>Tipo del último entrenamiento</translation>
    </message>
    <message>
        <source>Last workout active calories</source>
        <translation>Calorías activas del último entrenamiento</translation>
    </message>
    <message>
        <source>Last workout distance</source>
        <translation>Distancia del último entrenamiento</translation>
    </message>
    <message>
        <source>Last workout elevation</source>
        <translation>Desnivel del último entrenamiento</translation>
    </message>
    <message>
        <source>Last workout intensity</source>
        <translation>Intensidad del último entrenamiento</translation>
    </message>
    <message>
        <source>Last workout pause</source>
        <translation>Pausa del último entrenamiento</translation>
    </message>
    <message>
        <source>Last workout duration</source>
        <translation>Duración del último entrenamiento</translation>
    </message>
    <message>
        <source>Last ECG classification</source>
        <translation>Clasificación del último ECG</translation>
    </message>
    <message>
        <source>Last ECG</source>
        <translation>Último ECG</translation>
    </message>
    <message>
        <source>{model} battery</source>
        <translation>Batería {model}</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <source>Activity (steps, calories)</source>
        <translation>Actividad (pasos, calorías)</translation>
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
        <translation>se esperaba un objeto JSON, se encontró {kind}</translation>
    </message>
    <message>
        <source>written by another version of withings-gui (config version {version}, this one reads {supported})</source>
        <translation>escrito por otra versión de withings-gui (versión de configuración {version}, esta lee {supported})</translation>
    </message>
    <message>
        <source>profiles must be an object of profile objects, e.g. {example}</source>
        <translation>profiles debe ser un objeto de objetos de perfil, p. ej. {example}</translation>
    </message>
    <message>
        <source>unexpected content in profile {profile} (unknown setting {setting})</source>
        <translation>contenido inesperado en el perfil {profile} (ajuste desconocido {setting})</translation>
    </message>
    <message>
        <source>profile {profile} has no slug</source>
        <translation>el perfil {profile} no tiene slug</translation>
    </message>
    <message>
        <source>profiles must be an object</source>
        <translation>profiles debe ser un objeto</translation>
    </message>
    <message>
        <source>push_webhook_id must be 16 to 64 letters, digits, &apos;-&apos; or &apos;_&apos; (remove it to get a new one)</source>
        <translation>push_webhook_id debe tener de 16 a 64 letras, dígitos, &apos;-&apos; o &apos;_&apos; (elimínalo para obtener uno nuevo)</translation>
    </message>
    <message>
        <source>interval_minutes must be a whole number from {low} to {high}</source>
        <translation>interval_minutes debe ser un número entero de {low} a {high}</translation>
    </message>
    <message>
        <source>language must be one of {languages} or &quot;&quot; (the system&apos;s)</source>
        <translation>language debe ser uno de {languages} o &quot;&quot; (el del sistema)</translation>
    </message>
    <message>
        <source>profile {profile}: not a valid profile slug (lowercase letters, digits and &apos;_&apos;, starting with a letter, e.g. alice or bob_smith)</source>
        <translation>perfil {profile}: no es un slug de perfil válido (minúsculas, dígitos y &apos;_&apos;, empezando por una letra, p. ej. alice o bob_smith)</translation>
    </message>
    <message>
        <source>profile {profile}: {problem}</source>
        <translation>perfil {profile}: {problem}</translation>
    </message>
    <message>
        <source>profile {profile}: unit must be one of {units}</source>
        <translation>perfil {profile}: unit debe ser una de {units}</translation>
    </message>
    <message>
        <source>{name} must be text</source>
        <translation>{name} debe ser texto</translation>
    </message>
    <message>
        <source>{name} must be true or false</source>
        <translation>{name} debe ser true o false</translation>
    </message>
    <message>
        <source>{name} must be a whole number</source>
        <translation>{name} debe ser un número entero</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>is not UTF-8 text; fix or remove the file</source>
        <translation>no es texto UTF-8; corrige o elimina el archivo</translation>
    </message>
    <message>
        <source>is not valid JSON (line {line}, column {column}); fix or remove the file</source>
        <translation>no es JSON válido (línea {line}, columna {column}); corrige o elimina el archivo</translation>
    </message>
    <message>
        <source>is nested too deeply to be settings; fix or remove the file</source>
        <translation>está demasiado anidado para ser una configuración; corrige o elimina el archivo</translation>
    </message>
    <message>
        <source>holds a number too long to read; fix or remove the file</source>
        <translation>contiene un número demasiado largo para leerlo; corrige o elimina el archivo</translation>
    </message>
    <message>
        <source>could not be saved ({reason}); the previous settings are unchanged</source>
        <translation>no se pudo guardar ({reason}); la configuración anterior no ha cambiado</translation>
    </message>
    <message>
        <source>is locked by another process</source>
        <translation>está bloqueado por otro proceso</translation>
    </message>
    <message>
        <source>could not be locked for saving ({reason}); the settings are unchanged</source>
        <translation>no se pudo bloquear para guardar ({reason}); la configuración no ha cambiado</translation>
    </message>
</context>
<context>
    <name>core.database</name>
    <message>
        <source>The history database {file} is damaged or belongs to another program ({reason}). Move it aside (rename it) and start again: a new one is made and the history is downloaded again from Withings.</source>
        <translation>La base de datos del historial {file} está dañada o pertenece a otro programa ({reason}). Cámbiale el nombre y empieza de nuevo: se crea una nueva y el historial se descarga otra vez de Withings.</translation>
    </message>
    <message>
        <source>The history database {file} could not be written ({reason}). Check that the disk is not full and the folder is writable; nothing was lost.</source>
        <translation>No se pudo escribir la base de datos del historial {file} ({reason}). Comprueba que el disco no esté lleno y que la carpeta admita escritura; no se perdió nada.</translation>
    </message>
    <message>
        <source>The history database {file} was written by a newer withings-gui (schema {version}); update this one, or move the file aside to start a new history (it is downloaded again from Withings).</source>
        <translation>La base de datos del historial {file} la escribió un withings-gui más reciente (esquema {version}); actualiza este, o cambia el nombre del archivo para empezar un historial nuevo (se descarga otra vez de Withings).</translation>
    </message>
</context>
<context>
    <name>core.dates</name>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
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
        <translation>abr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may</translation>
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
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
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
        <translation>(fecha desconocida)</translation>
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
        <translation>Ajustes leídos de {file}</translation>
    </message>
    <message>
        <source>Withings app and profiles are set up</source>
        <translation>La app de Withings y los perfiles están configurados</translation>
    </message>
    <message>
        <source>Nothing configured yet: run `withings-gui setup`</source>
        <translation>Aún no hay nada configurado: ejecuta `withings-gui setup`</translation>
    </message>
    <message>
        <source>Secrets are kept in {backend}</source>
        <translation>Los secretos se guardan en {backend}</translation>
    </message>
    <message>
        <source>History readable in {file}</source>
        <translation>Historial legible en {file}</translation>
    </message>
    <message>
        <source>No Home Assistant configured</source>
        <translation>No hay ningún Home Assistant configurado</translation>
    </message>
    <message>
        <source>No Home Assistant token saved; run setup again</source>
        <translation>No hay ningún token de Home Assistant guardado; vuelve a ejecutar la configuración</translation>
    </message>
    <message>
        <source>Home Assistant {version} ({location}) accepts the token</source>
        <translation>Home Assistant {version} ({location}) acepta el token</translation>
    </message>
    <message>
        <source>Home Assistant holds every sensor this app registered there</source>
        <translation>Home Assistant tiene todos los sensores que esta app registró allí</translation>
    </message>
    <message>
        <source>The Withings Consumer Secret is not saved</source>
        <translation>El Consumer Secret de Withings no está guardado</translation>
    </message>
    <message>
        <source>Profile &apos;{profile}&apos; is not logged in to Withings: run `withings-gui login --profile {profile}`</source>
        <translation>El perfil &apos;{profile}&apos; no ha iniciado sesión en Withings: ejecuta `withings-gui login --profile {profile}`</translation>
    </message>
    <message>
        <source>Withings login of &apos;{profile}&apos; works (1 device)</source>
        <translation>El inicio de sesión de Withings de &apos;{profile}&apos; funciona (1 dispositivo)</translation>
    </message>
    <message>
        <source>Withings login of &apos;{profile}&apos; works ({count} devices)</source>
        <translation>El inicio de sesión de Withings de &apos;{profile}&apos; funciona ({count} dispositivos)</translation>
    </message>
    <message>
        <source>Not checked: {why}</source>
        <translation>No comprobado: {why}</translation>
    </message>
    <message>
        <source>No devices of &apos;{profile}&apos; known yet: after a sync, this tells which measures they could give but did not send</source>
        <translation>Aún no se conocen dispositivos de &apos;{profile}&apos;: tras una sincronización, aquí se indica qué medidas podrían dar pero no enviaron</translation>
    </message>
    <message>
        <source>Every measure the devices of this account give has arrived</source>
        <translation>Ha llegado cada medida que dan los dispositivos de esta cuenta</translation>
    </message>
</context>
<context>
    <name>core.hass</name>
    <message>
        <source>Home Assistant refused the access token (401): it is wrong or was revoked. Create a new long-lived access token in Home Assistant under your profile → Security → Long-lived access tokens, and enter it here.</source>
        <translation>Home Assistant rechazó el token de acceso (401): es incorrecto o fue revocado. Crea un token de acceso de larga duración nuevo en Home Assistant en tu perfil → Seguridad → Tokens de acceso de larga duración, e introdúcelo aquí.</translation>
    </message>
    <message>
        <source>Home Assistant refused this request (403): the token must belong to an administrator, and this computer must not be banned (ip_bans.yaml) after failed logins.</source>
        <translation>Home Assistant rechazó esta petición (403): el token debe pertenecer a un administrador, y este ordenador no debe estar bloqueado (ip_bans.yaml) tras inicios de sesión fallidos.</translation>
    </message>
    <message>
        <source>The secure connection to {url} failed: {reason}.</source>
        <translation>La conexión segura con {url} falló: {reason}.</translation>
    </message>
    <message>
        <source>Use the address your certificate was issued for, or http:// with the local address on your home network.</source>
        <translation>Usa la dirección para la que se emitió tu certificado, o http:// con la dirección local de tu red doméstica.</translation>
    </message>
    <message>
        <source>The name in {url} could not be found (DNS). Check the spelling, or use the IP address of your Home Assistant.</source>
        <translation>No se encontró el nombre de {url} (DNS). Revisa cómo está escrito, o usa la dirección IP de tu Home Assistant.</translation>
    </message>
    <message>
        <source>Nothing answers at {url} (connection refused). Is Home Assistant running, and is the port right (usually 8123)?</source>
        <translation>Nada responde en {url} (conexión rechazada). ¿Está Home Assistant en marcha y es correcto el puerto (normalmente 8123)?</translation>
    </message>
    <message>
        <source>{url} broke off its answer halfway; values wait and are sent when Home Assistant answers normally.</source>
        <translation>{url} cortó su respuesta a medias; los valores esperan y se envían cuando Home Assistant responda con normalidad.</translation>
    </message>
    <message>
        <source>{url} did not answer in time. Check the address and that this computer can reach Home Assistant.</source>
        <translation>{url} no respondió a tiempo. Revisa la dirección y que este ordenador llega a Home Assistant.</translation>
    </message>
    <message>
        <source>Could not talk to {url} ({error}); check that Home Assistant is running and reachable from this computer.</source>
        <translation>No se pudo hablar con {url} ({error}); comprueba que Home Assistant está en marcha y accesible desde este ordenador.</translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint is {fingerprint}.</source>
        <translation>Su huella SHA-256 es {fingerprint}.</translation>
    </message>
    <message>
        <source>If it is your Home Assistant&apos;s own certificate (compare the fingerprint), choose its file with “Trust certificate file…” or `withings-gui configure --ha-ca-file FILE`; or use http:// with the local address.</source>
        <translation>Si es el propio certificado de tu Home Assistant (compara la huella), elige su archivo con «Confiar en archivo de certificado…» o `withings-gui configure --ha-ca-file ARCHIVO`; o usa http:// con la dirección local.</translation>
    </message>
    <message>
        <source>its certificate has expired</source>
        <translation>su certificado ha caducado</translation>
    </message>
    <message>
        <source>its certificate is for another name</source>
        <translation>su certificado es para otro nombre</translation>
    </message>
    <message>
        <source>its certificate is self-signed, so not trusted</source>
        <translation>su certificado está autofirmado, así que no es de confianza</translation>
    </message>
    <message>
        <source>it does not speak https on that port (try http://)</source>
        <translation>no habla https en ese puerto (prueba http://)</translation>
    </message>
    <message>
        <source>its certificate is not issued by a known authority, so not trusted</source>
        <translation>su certificado no lo emite una autoridad conocida, así que no es de confianza</translation>
    </message>
    <message>
        <source>Home Assistant no longer has this app&apos;s registration (the Mobile App entry &quot;Withings&quot; was deleted), so it shows none of its sensors; the next sync (`withings-gui sync --once`) registers them again.</source>
        <translation>Home Assistant ya no tiene el registro de esta app (se eliminó la entrada de Mobile App «Withings»), así que no muestra ninguno de sus sensores; la próxima sincronización (`withings-gui sync --once`) los registra de nuevo.</translation>
    </message>
    <message>
        <source>{count} sensor(s) were deleted in Home Assistant ({entities}); the next sync (`withings-gui sync --once`) registers them again.</source>
        <translation>{count} sensor(es) eliminado(s) en Home Assistant ({entities}); la próxima sincronización (`withings-gui sync --once`) los registra de nuevo.</translation>
    </message>
    <message>
        <source>Home Assistant rejected the sensor {entity}: it refused the registration (its log says why).</source>
        <translation>Home Assistant rechazó el sensor {entity}: rechazó el registro (su registro de eventos dice por qué).</translation>
    </message>
    <message>
        <source>Home Assistant does not keep the sensor {entity} registered.</source>
        <translation>Home Assistant no mantiene registrado el sensor {entity}.</translation>
    </message>
    <message>
        <source>Home Assistant refused a value of {entity} ({reason}).</source>
        <translation>Home Assistant rechazó un valor de {entity} ({reason}).</translation>
    </message>
    <message>
        <source>Home Assistant did not confirm {entities}; the values wait and are sent again next time.</source>
        <translation>Home Assistant no confirmó {entities}; los valores esperan y se envían de nuevo la próxima vez.</translation>
    </message>
    <message>
        <source>{url} did not finish answering within {seconds} s (it answers too slowly). Values wait and are sent when it answers normally.</source>
        <translation>{url} no terminó de responder en {seconds} s (responde demasiado despacio). Los valores esperan y se envían cuando responda con normalidad.</translation>
    </message>
    <message>
        <source>{url} answered, but /api/{path} does not exist there: this is not Home Assistant (or its api: integration is off). Enter the address you open Home Assistant with.</source>
        <translation>{url} respondió, pero /api/{path} no existe allí: no es Home Assistant (o su integración api: está desactivada). Introduce la dirección con la que abres Home Assistant.</translation>
    </message>
    <message>
        <source>{url} did not answer within {seconds} s. Check the address and that this computer can reach Home Assistant.</source>
        <translation>{url} no respondió en {seconds} s. Revisa la dirección y que este ordenador llega a Home Assistant.</translation>
    </message>
    <message>
        <source>{url} answered with something that is not Home Assistant&apos;s API. Enter the address you open Home Assistant with.</source>
        <translation>{url} respondió con algo que no es la API de Home Assistant. Introduce la dirección con la que abres Home Assistant.</translation>
    </message>
    <message>
        <source>{url} answered, but not like Home Assistant.</source>
        <translation>{url} respondió, pero no como Home Assistant.</translation>
    </message>
    <message>
        <source>Home Assistant is not ready ({state}); values wait and are sent when it is.</source>
        <translation>Home Assistant no está listo ({state}); los valores esperan y se envían cuando lo esté.</translation>
    </message>
    <message>
        <source>{url} answered 404: this is not Home Assistant&apos;s API.</source>
        <translation>{url} respondió 404: no es la API de Home Assistant.</translation>
    </message>
    <message>
        <source>Home Assistant answered HTTP {status}: it is starting, restarting or in trouble. Values wait and are sent when it answers again.</source>
        <translation>Home Assistant respondió HTTP {status}: está arrancando, reiniciándose o tiene problemas. Los valores esperan y se envían cuando vuelva a responder.</translation>
    </message>
    <message>
        <source>Home Assistant answered unexpectedly (HTTP {status}).</source>
        <translation>Home Assistant respondió de forma inesperada (HTTP {status}).</translation>
    </message>
    <message>
        <source>{url} answered its websocket, but not like Home Assistant.</source>
        <translation>{url} respondió en su websocket, pero no como Home Assistant.</translation>
    </message>
    <message>
        <source>Home Assistant answered HTTP {status} on its websocket: it is starting, restarting or in trouble.</source>
        <translation>Home Assistant respondió HTTP {status} en su websocket: está arrancando, reiniciándose o tiene problemas.</translation>
    </message>
</context>
<context>
    <name>core.hass.naming</name>
    <message>
        <source>Profile {profile} cannot be used: its entity {entity} would be the same as one of profile {other}; choose another name.</source>
        <translation>No se puede usar el perfil {profile}: su entidad {entity} sería la misma que una del perfil {other}; elige otro nombre.</translation>
    </message>
</context>
<context>
    <name>core.login</name>
    <message>
        <source>The profile {profile} already belongs to another Withings account (user {owner}); this login was made with Withings user {userid}</source>
        <translation>El perfil {profile} ya pertenece a otra cuenta de Withings (usuario {owner}); este inicio de sesión se hizo con el usuario de Withings {userid}</translation>
    </message>
    <message>
        <source>The Withings Client Id and callback URL are not configured; run `withings-gui configure` or the setup wizard first.</source>
        <translation>El Client Id y la URL de retorno de Withings no están configurados; ejecuta primero `withings-gui configure` o el asistente de configuración.</translation>
    </message>
    <message>
        <source>The Withings Consumer Secret is not saved; run `withings-gui configure` or the setup wizard again.</source>
        <translation>El Consumer Secret de Withings no está guardado; vuelve a ejecutar `withings-gui configure` o el asistente de configuración.</translation>
    </message>
    <message>
        <source>{conflict}. Nothing was changed.</source>
        <translation>{conflict}. No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>core.messages</name>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
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
        <translation>puede que la puntuación de salud nerviosa no se ofrezca en todos los países (Withings no publica dónde)</translation>
    </message>
    <message>
        <source>Withings offers pulse wave velocity only in some countries (withdrawn in 2018, back in Europe first in 2019)</source>
        <translation>Withings ofrece la velocidad de onda de pulso solo en algunos países (retirada en 2018, de vuelta primero en Europa en 2019)</translation>
    </message>
    <message>
        <source>Withings offers vascular age only in some countries, like pulse wave velocity</source>
        <translation>Withings ofrece la edad vascular solo en algunos países, como la velocidad de onda de pulso</translation>
    </message>
    <message>
        <source>{measures}: nothing has arrived from your {devices} yet (a first sync, or a device not used since it was added).</source>
        <translation>{measures}: aún no ha llegado nada de tu {devices} (una primera sincronización, o un dispositivo sin usar desde que se añadió).</translation>
    </message>
    <message>
        <source>No device on this account measures {measures}.</source>
        <translation>Ningún dispositivo de esta cuenta mide: {measures}.</translation>
    </message>
    <message>
        <source>{measure}: not sent for {days} (the last on {date}); is your {devices} still in use?</source>
        <translation>{measure}: no se envía desde hace {days} (el último el {date}); ¿sigues usando tu {devices}?</translation>
    </message>
    <message>
        <source>{measure}: your {devices} sent {count} readings, none with it. It is most likely hidden in the Withings app (Withings then leaves it out of what apps receive too): show it there again; or {limit}.</source>
        <translation>{measure}: tu {devices} envió {count} mediciones, ninguna con este valor. Lo más probable es que esté oculto en la app de Withings (entonces Withings también lo omite de lo que reciben las apps): vuelve a mostrarlo allí; o {limit}.</translation>
    </message>
    <message>
        <source>{measure}: your {devices} sent {count} readings, none with it. It is most likely hidden in the Withings app (Withings then leaves it out of what apps receive too): show it there again.</source>
        <translation>{measure}: tu {devices} envió {count} mediciones, ninguna con este valor. Lo más probable es que esté oculto en la app de Withings (entonces Withings también lo omite de lo que reciben las apps): vuelve a mostrarlo allí.</translation>
    </message>
    <message>
        <source>{measure}: not sent for {days} (the last on {date}) while your {devices} sent {count} readings without it: it may have been hidden in the Withings app since.</source>
        <translation>{measure}: no se envía desde hace {days} (el último el {date}) mientras tu {devices} envió {count} mediciones sin él: puede que se haya ocultado en la app de Withings desde entonces.</translation>
    </message>
    <message>
        <source>1 weigh-in (on {date}) waits to be assigned to a person in the Withings app; until then Withings does not send them as yours, and the newest {measures} is among them.</source>
        <translation>1 pesaje (el {date}) espera a asignarse a una persona en la app de Withings; hasta entonces Withings no lo envía como tuyo, y el valor más reciente de {measures} está entre ellos.</translation>
    </message>
    <message>
        <source>1 weigh-in (on {date}) waits to be assigned to a person in the Withings app; until then Withings does not send them as yours, and the newest {measures} are among them.</source>
        <translation>1 pesaje (el {date}) espera a asignarse a una persona en la app de Withings; hasta entonces Withings no lo envía como tuyo, y los valores más recientes de {measures} están entre ellos.</translation>
    </message>
    <message>
        <source>{count} weigh-ins (the newest on {date}) wait to be assigned to a person in the Withings app; until then Withings does not send them as yours, and the newest {measures} is among them.</source>
        <translation>{count} pesajes (el más reciente el {date}) esperan a asignarse a una persona en la app de Withings; hasta entonces Withings no los envía como tuyos, y el valor más reciente de {measures} está entre ellos.</translation>
    </message>
    <message>
        <source>{count} weigh-ins (the newest on {date}) wait to be assigned to a person in the Withings app; until then Withings does not send them as yours, and the newest {measures} are among them.</source>
        <translation>{count} pesajes (el más reciente el {date}) esperan a asignarse a una persona en la app de Withings; hasta entonces Withings no los envía como tuyos, y los valores más recientes de {measures} están entre ellos.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
</context>
<context>
    <name>core.paths</name>
    <message>
        <source>files</source>
        <translation>archivos</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>ajustes</translation>
    </message>
    <message>
        <source>lock files</source>
        <translation>archivos de bloqueo</translation>
    </message>
    <message>
        <source>log files</source>
        <translation>archivos de registro</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder, but withings-gui keeps its {what} in a folder of that name: move or delete that file and start again.</source>
        <translation>{folder} es un archivo, no una carpeta, pero withings-gui guarda sus {what} en una carpeta con ese nombre: mueve o elimina ese archivo y vuelve a empezar.</translation>
    </message>
    <message>
        <source>The folder {folder} for withings-gui&apos;s {what} could not be created ({reason}): check that its parent folder exists, is a folder and is writable, or choose another folder with --config-dir.</source>
        <translation>No se pudo crear la carpeta {folder} para los {what} de withings-gui ({reason}): comprueba que su carpeta superior existe, es una carpeta y se puede escribir, o elige otra carpeta con --config-dir.</translation>
    </message>
</context>
<context>
    <name>core.profile_slug</name>
    <message>
        <source>Enter the person&apos;s name, for example Alice.</source>
        <translation>Escribe el nombre de la persona, por ejemplo Alice.</translation>
    </message>
    <message>
        <source>{char} has no plain Latin spelling that Home Assistant and this app would agree on; type the name in Latin letters (for example oyvind for Øyvind).</source>
        <translation>{char} no tiene una grafía latina sencilla en la que Home Assistant y esta aplicación coincidan; escribe el nombre con letras latinas (por ejemplo oyvind para Øyvind).</translation>
    </message>
    <message>
        <source>{name} has no Latin letters or digits to build an entity id from; use a name such as alice or bob_smith.</source>
        <translation>{name} no tiene letras latinas ni dígitos con los que formar un ID de entidad; usa un nombre como alice o bob_smith.</translation>
    </message>
    <message>
        <source>Profile {profile} cannot be used: {problem}.</source>
        <translation>No se puede usar el perfil {profile}: {problem}.</translation>
    </message>
    <message>
        <source>it is empty; give a name in lowercase letters, for example alice or bob_smith</source>
        <translation>está vacío; da un nombre en minúsculas, por ejemplo alice o bob_smith</translation>
    </message>
    <message>
        <source>{char} is not a plain Latin letter and Home Assistant would rewrite it in entity ids; write it as {plain}</source>
        <translation>{char} no es una letra latina simple y Home Assistant la reescribiría en los ID de entidad; escríbelo como {plain}</translation>
    </message>
    <message>
        <source>{char} is not a plain Latin letter and Home Assistant would rewrite it in entity ids; use only a–z, 0–9 and &apos;_&apos;</source>
        <translation>{char} no es una letra latina simple y Home Assistant la reescribiría en los ID de entidad; usa solo a–z, 0–9 y &apos;_&apos;</translation>
    </message>
    <message>
        <source>use lowercase letters only ({lower} instead)</source>
        <translation>usa solo minúsculas ({lower} en su lugar)</translation>
    </message>
    <message>
        <source>{char} is not allowed; use only a–z, 0–9 and &apos;_&apos;, for example alice or bob_smith</source>
        <translation>{char} no está permitido; usa solo a–z, 0–9 y &apos;_&apos;, por ejemplo alice o bob_smith</translation>
    </message>
    <message>
        <source>it starts with &apos;_&apos;, which Home Assistant drops ({left})</source>
        <translation>empieza por &apos;_&apos;, que Home Assistant elimina ({left})</translation>
    </message>
    <message>
        <source>it ends with &apos;_&apos;, which Home Assistant drops ({left})</source>
        <translation>termina en &apos;_&apos;, que Home Assistant elimina ({left})</translation>
    </message>
    <message>
        <source>it must start with a letter, for example alice or bob_smith</source>
        <translation>debe empezar por una letra, por ejemplo alice o bob_smith</translation>
    </message>
    <message>
        <source>Home Assistant merges &apos;__&apos; into a single &apos;_&apos; ({merged})</source>
        <translation>Home Assistant une &apos;__&apos; en un solo &apos;_&apos; ({merged})</translation>
    </message>
    <message>
        <source>it is {length} characters long; use at most {limit}</source>
        <translation>tiene {length} caracteres; usa como máximo {limit}</translation>
    </message>
</context>
<context>
    <name>core.push</name>
    <message>
        <source>{value} is not a notification category this app reads (give some of {known}, separated by commas)</source>
        <translation>{value} no es una categoría de notificación que lea esta aplicación (indica algunas de {known}, separadas por comas)</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>peso</translation>
    </message>
    <message>
        <source>blood pressure</source>
        <translation>presión arterial</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>actividad</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>sueño</translation>
    </message>
    <message>
        <source>ECG</source>
        <translation>ECG</translation>
    </message>
    <message>
        <source>subscribed to Withings notifications ({categories})</source>
        <translation>suscrito a las notificaciones de Withings ({categories})</translation>
    </message>
    <message>
        <source>Withings notifications were already subscribed</source>
        <translation>las notificaciones de Withings ya estaban suscritas</translation>
    </message>
    <message>
        <source>push is not set up, so there are no Withings notifications to remove</source>
        <translation>el push no está configurado, así que no hay notificaciones de Withings que quitar</translation>
    </message>
    <message>
        <source>not logged in, so its Withings notifications could not be removed</source>
        <translation>sin sesión iniciada, así que sus notificaciones de Withings no se pudieron quitar</translation>
    </message>
    <message>
        <source>its Withings notifications could not be removed: {problem}</source>
        <translation>sus notificaciones de Withings no se pudieron quitar: {problem}</translation>
    </message>
    <message>
        <source>it had no Withings notifications of this app</source>
        <translation>no tenía notificaciones de Withings de esta aplicación</translation>
    </message>
    <message>
        <source>removed its Withings notifications ({categories})</source>
        <translation>sus notificaciones de Withings quitadas ({categories})</translation>
    </message>
    <message>
        <source>not logged in to Withings</source>
        <translation>sin sesión en Withings</translation>
    </message>
    <message>
        <source>Withings notifications subscribed</source>
        <translation>notificaciones de Withings suscritas</translation>
    </message>
    <message>
        <source>Withings notifications not subscribed (the last check failed)</source>
        <translation>notificaciones de Withings no suscritas (la última comprobación falló)</translation>
    </message>
    <message>
        <source>category {number}</source>
        <translation>categoría {number}</translation>
    </message>
</context>
<context>
    <name>core.secrets</name>
    <message>
        <source>No system keyring is available, so secrets are stored in {file} (readable only by you). Install and unlock a keyring such as GNOME Keyring or KWallet to keep them encrypted.</source>
        <translation>No hay ningún llavero del sistema disponible, así que los secretos se guardan en {file} (solo tú puedes leerlo). Instala y desbloquea un llavero como GNOME Keyring o KWallet para guardarlos cifrados.</translation>
    </message>
    <message>
        <source>The keyring refused to store a secret</source>
        <translation>El llavero se negó a guardar un secreto</translation>
    </message>
    <message>
        <source>The keyring could not be read</source>
        <translation>No se pudo leer el llavero</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}); free some disk space or make the folder writable, then try again.</source>
        <translation>No se pudo escribir {file} ({reason}); libera espacio en disco o haz que la carpeta admita escritura y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>{failure} ({reason}).</source>
        <translation>{failure} ({reason}).</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}); fix or remove it and log in again.</source>
        <translation>No se puede leer {file} ({reason}); arréglalo o elimínalo y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>{file} is not a secrets file; remove it and log in again.</source>
        <translation>{file} no es un archivo de secretos; elimínalo y vuelve a iniciar sesión.</translation>
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
<context>
    <name>core.sync</name>
    <message>
        <source>Workouts</source>
        <translation>Entrenamientos</translation>
    </message>
    <message>
        <source>ECG results</source>
        <translation>Resultados de ECG</translation>
    </message>
    <message>
        <source>More data is waiting at Withings: the app reads at most {pages} pages per pass to stay within Withings&apos; request limit, and goes on in the next pass.</source>
        <translation>Hay más datos esperando en Withings: la app lee como mucho {pages} páginas por pasada para no superar el límite de peticiones de Withings, y sigue en la próxima pasada.</translation>
    </message>
    <message>
        <source>No profile &apos;{profile}&apos;; configured: {profiles}</source>
        <translation>No hay perfil &apos;{profile}&apos;; configurados: {profiles}</translation>
    </message>
    <message>
        <source>Withings no longer accepts this login; re-authorize from the tray menu or run `withings-gui login`.</source>
        <translation>Withings ya no acepta este inicio de sesión; vuelve a autorizar desde el menú del icono o ejecuta `withings-gui login`.</translation>
    </message>
    <message>
        <source>Withings did not work on the last try; trying again in {seconds} s.</source>
        <translation>Withings no funcionó en el último intento; nuevo intento en {seconds} s.</translation>
    </message>
    <message>
        <source>Withings asked to wait; next try in {seconds} s.</source>
        <translation>Withings pidió esperar; próximo intento en {seconds} s.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sincronización cancelada.</translation>
    </message>
    <message>
        <source>{stream}: {why}</source>
        <translation>{stream}: {why}</translation>
    </message>
    <message>
        <source>No Home Assistant token is saved; run setup or `withings-gui configure` again.</source>
        <translation>No hay ningún token de Home Assistant guardado; vuelve a ejecutar la configuración o `withings-gui configure`.</translation>
    </message>
    <message>
        <source>1 new measurement</source>
        <translation>1 medida nueva</translation>
    </message>
    <message>
        <source>{count} new measurements</source>
        <translation>{count} medidas nuevas</translation>
    </message>
    <message>
        <source>{found}; dry run, nothing sent to Home Assistant.</source>
        <translation>{found}; prueba sin envío, nada enviado a Home Assistant.</translation>
    </message>
    <message>
        <source>{found}; Home Assistant is not configured.</source>
        <translation>{found}; Home Assistant no está configurado.</translation>
    </message>
    <message>
        <source>{found}; 1 Home Assistant update.</source>
        <translation>{found}; 1 actualización en Home Assistant.</translation>
    </message>
    <message>
        <source>{found}; {count} Home Assistant updates.</source>
        <translation>{found}; {count} actualizaciones en Home Assistant.</translation>
    </message>
</context>
<context>
    <name>core.trend</name>
    <message>
        <source>{sign}{whole}.{tenth} {unit} in 7 days</source>
        <translation>{sign}{whole}.{tenth} {unit} en 7 días</translation>
    </message>
</context>
<context>
    <name>core.validation</name>
    <message>
        <source>callback URL</source>
        <translation>URL de retorno</translation>
    </message>
    <message>
        <source>Home Assistant address</source>
        <translation>dirección de Home Assistant</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
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
        <translation>{label}: pégalo desde tu app de desarrollador de Withings.</translation>
    </message>
    <message>
        <source>The {label} contains spaces or line breaks; copy it again with the copy button on the Withings page.</source>
        <translation>{label}: contiene espacios o saltos de línea; cópialo de nuevo con el botón de copiar de la página de Withings.</translation>
    </message>
    <message>
        <source>The {label} may only contain the letters a–f and digits; check that you copied the right field.</source>
        <translation>{label}: solo puede contener las letras a–f y dígitos; comprueba que copiaste el campo correcto.</translation>
    </message>
    <message>
        <source>A Withings {label} is {length} characters long; this one has {count}. Copy it again, whole.</source>
        <translation>{label}: en Withings tiene {length} caracteres; este tiene {count}. Cópialo de nuevo, entero.</translation>
    </message>
    <message>
        <source>Enter the address of your Home Assistant, for example http://homeassistant.local:8123.</source>
        <translation>Introduce la dirección de tu Home Assistant, por ejemplo http://homeassistant.local:8123.</translation>
    </message>
    <message>
        <source>Use the base address only, without a page path: {address}</source>
        <translation>Usa solo la dirección base, sin ruta de página: {address}</translation>
    </message>
    <message>
        <source>Enter the {what}.</source>
        <translation>Introduce la {what}.</translation>
    </message>
    <message>
        <source>The {what} is {count} characters long; a web address is much shorter. Check what was pasted.</source>
        <translation>La {what} tiene {count} caracteres; una dirección web es mucho más corta. Revisa lo que se pegó.</translation>
    </message>
    <message>
        <source>{text} is not a web address: brackets are only for a whole IPv6 address, e.g. http://[fd00::1]:8123.</source>
        <translation>{text} no es una dirección web: los corchetes solo van alrededor de una dirección IPv6 completa, p. ej. http://[fd00::1]:8123.</translation>
    </message>
    <message>
        <source>{text} is not a web address: it must start with http:// or https://, for example http://homeassistant.local:8123.</source>
        <translation>{text} no es una dirección web: debe empezar por http:// o https://, por ejemplo http://homeassistant.local:8123.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the {what} (the part up to &apos;@&apos;); the app signs in with a token or secret entered separately.</source>
        <translation>Quita el usuario y la contraseña de la {what} (la parte hasta &apos;@&apos;); la app inicia sesión con un token o secreto introducido aparte.</translation>
    </message>
    <message>
        <source>The {what} ends its host name with &apos;:&apos; but gives no port; give the port (e.g. :8123) or leave the &apos;:&apos; out.</source>
        <translation>La {what} termina su nombre de host con &apos;:&apos; pero no da puerto; indica el puerto (p. ej. :8123) o quita el &apos;:&apos;.</translation>
    </message>
    <message>
        <source>The port in {text} is not a number from 1 to 65535.</source>
        <translation>El puerto de {text} no es un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>The {what} {text} cannot work: {problem}.</source>
        <translation>La {what} {text} no puede funcionar: {problem}.</translation>
    </message>
    <message>
        <source>{host} is not an IPv6 address</source>
        <translation>{host} no es una dirección IPv6</translation>
    </message>
    <message>
        <source>it has no host name</source>
        <translation>no tiene nombre de host</translation>
    </message>
    <message>
        <source>{host} is not a valid IP address</source>
        <translation>{host} no es una dirección IP válida</translation>
    </message>
    <message>
        <source>the host name contains {character}, which host names cannot have (letters, digits, &apos;-&apos; and &apos;.&apos; only)</source>
        <translation>el nombre de host contiene {character}, que los nombres de host no pueden tener (solo letras, dígitos, &apos;-&apos; y &apos;.&apos;)</translation>
    </message>
    <message>
        <source>{host} has an empty part between dots</source>
        <translation>{host} tiene una parte vacía entre puntos</translation>
    </message>
    <message>
        <source>{part} cannot be written as a DNS name</source>
        <translation>{part} no puede escribirse como nombre DNS</translation>
    </message>
    <message>
        <source>the part {part} of the host name is {count} characters long; at most {limit} are allowed</source>
        <translation>la parte {part} del nombre de host tiene {count} caracteres; se permiten como mucho {limit}</translation>
    </message>
    <message>
        <source>the part {part} of the host name starts or ends with &apos;-&apos;</source>
        <translation>la parte {part} del nombre de host empieza o termina con &apos;-&apos;</translation>
    </message>
    <message>
        <source>the host name is longer than {limit} characters</source>
        <translation>el nombre de host supera los {limit} caracteres</translation>
    </message>
    <message>
        <source>The {what} contains {character} at position {position}; a web address has none. Type or paste it again on one line.</source>
        <translation>La {what} contiene {character} en la posición {position}; una dirección web no tiene ninguno. Escríbela o pégala de nuevo en una línea.</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>un salto de línea</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>un espacio</translation>
    </message>
    <message>
        <source>an invisible character (U+{code})</source>
        <translation>un carácter invisible (U+{code})</translation>
    </message>
    <message>
        <source>Paste a long-lived access token (Home Assistant → your profile → Security → Long-lived access tokens → Create token).</source>
        <translation>Pega un token de acceso de larga duración (Home Assistant → tu perfil → Seguridad → Tokens de acceso de larga duración → Crear token).</translation>
    </message>
    <message>
        <source>The access token contains spaces or line breaks; copy it again.</source>
        <translation>El token de acceso contiene espacios o saltos de línea; cópialo de nuevo.</translation>
    </message>
    <message>
        <source>That does not look like a Home Assistant long-lived access token (a long text with two dots); create one under your HA profile → Security.</source>
        <translation>Eso no parece un token de acceso de larga duración de Home Assistant (un texto largo con dos puntos); crea uno en tu perfil de HA → Seguridad.</translation>
    </message>
    <message>
        <source>The sync interval must be {lowest} to {highest} minutes.</source>
        <translation>El intervalo de sincronización debe ser de {lowest} a {highest} minutos.</translation>
    </message>
</context>
<context>
    <name>core.withings</name>
    <message>
        <source>Withings no longer accepts the saved login; re-authorize this profile from the tray menu (Settings / Re-authorize) or with `withings-gui login`.</source>
        <translation>Withings ya no acepta el inicio de sesión guardado; vuelve a autorizar este perfil desde el menú del icono (Ajustes / Volver a autorizar) o con `withings-gui login`.</translation>
    </message>
    <message>
        <source>The Withings authorization code expired or was already used — codes live about 30 seconds; log in again.</source>
        <translation>El código de autorización de Withings caducó o ya se usó — los códigos duran unos 30 segundos; vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Withings did not accept the Client Id or Consumer Secret; copy both again from your Withings developer dashboard and log in again.</source>
        <translation>Withings no aceptó el Client Id o el Consumer Secret; cópialos de nuevo desde tu panel de desarrollador de Withings y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Withings refused the callback URL: it must be exactly the Callback URI saved in your Withings developer app (same https, host, path, no extra slash).</source>
        <translation>Withings rechazó la URL de retorno: debe ser exactamente la Callback URI guardada en tu app de desarrollador de Withings (mismo https, host y ruta, sin barra de más).</translation>
    </message>
    <message>
        <source>(Withings said: {detail})</source>
        <translation>(Withings dijo: {detail})</translation>
    </message>
    <message>
        <source>(status {status})</source>
        <translation>(estado {status})</translation>
    </message>
    <message>
        <source>Withings says there were too many requests; waiting {seconds} s before trying again.</source>
        <translation>Withings dice que hubo demasiadas peticiones; espera de {seconds} s antes de reintentar.</translation>
    </message>
    <message>
        <source>Withings does not let this login read them (status 403); log in again (Settings / Re-authorize) and allow every permission Withings asks for.</source>
        <translation>Withings no deja que este inicio de sesión los lea (estado 403); vuelve a iniciar sesión (Ajustes / Volver a autorizar) y concede todos los permisos que pida Withings.</translation>
    </message>
    <message>
        <source>Withings rejected the request as invalid (status 503); the app tries again later.</source>
        <translation>Withings rechazó la petición por no válida (estado 503); la app lo reintenta más tarde.</translation>
    </message>
    <message>
        <source>Withings had a problem (status {status}); the app tries again later.</source>
        <translation>Withings tuvo un problema (estado {status}); la app lo reintenta más tarde.</translation>
    </message>
    <message>
        <source>Withings answered with status {status}.</source>
        <translation>Withings respondió con el estado {status}.</translation>
    </message>
    <message>
        <source>Withings did not answer in time (no complete answer within {seconds} s); the app tries again later.</source>
        <translation>Withings no respondió a tiempo (sin respuesta completa en {seconds} s); la app lo reintenta más tarde.</translation>
    </message>
    <message>
        <source>Withings did not answer in time; the app tries again later.</source>
        <translation>Withings no respondió a tiempo; la app lo reintenta más tarde.</translation>
    </message>
    <message>
        <source>Could not reach Withings ({error}); check the internet connection.</source>
        <translation>No se pudo conectar con Withings ({error}); comprueba la conexión a internet.</translation>
    </message>
</context>
<context>
    <name>core.withings.api</name>
    <message>
        <source>Withings said there is more data but gave no next page; the app tries again later.</source>
        <translation>Withings indicó que hay más datos pero no dio la página siguiente; la aplicación lo volverá a intentar más tarde.</translation>
    </message>
</context>
<context>
    <name>core.withings.envelope</name>
    <message>
        <source>Withings answered HTTP {status}; the app tries again later.</source>
        <translation>Withings respondió HTTP {status}; la aplicación lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>Withings sent a reply that is not valid JSON; the app tries again later.</source>
        <translation>Withings envió una respuesta que no es JSON válido; la aplicación lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>Withings sent a reply without a status; the app tries again later.</source>
        <translation>Withings envió una respuesta sin estado; la aplicación lo volverá a intentar más tarde.</translation>
    </message>
</context>
<context>
    <name>core.withings.notify</name>
    <message>
        <source>Withings refused the push address for category {category}: it did not answer Withings&apos; check (HEAD) with 200, or it is not a public https address; the app keeps polling instead.</source>
        <translation>Withings rechazó la dirección push para la categoría {category}: no respondió con 200 a la comprobación de Withings (HEAD) o no es una dirección https pública; la aplicación sigue consultando periódicamente en su lugar.</translation>
    </message>
</context>
<context>
    <name>core.withings.oauth</name>
    <message>
        <source>That is not the callback address: it should start with {callback}. Copy the address of the page Withings sent you to after you allowed access.</source>
        <translation>Esa no es la dirección de retorno: debería empezar por {callback}. Copia la dirección de la página a la que te envió Withings después de permitir el acceso.</translation>
    </message>
    <message>
        <source>Access was denied on the Withings page; log in again and choose Allow.</source>
        <translation>Se denegó el acceso en la página de Withings; vuelve a iniciar sesión y elige Permitir.</translation>
    </message>
    <message>
        <source>Withings reported an error ({error}); log in again.</source>
        <translation>Withings informó de un error ({error}); vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The login answer does not belong to this login attempt (state mismatch); start the login again and use the newest address.</source>
        <translation>La respuesta no pertenece a este intento de inicio de sesión (state no coincide); vuelve a iniciar sesión y usa la dirección más reciente.</translation>
    </message>
    <message>
        <source>The address has no authorization code; copy the whole address after you allowed access.</source>
        <translation>La dirección no tiene código de autorización; copia la dirección completa después de permitir el acceso.</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>token de actualización</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>token de acceso</translation>
    </message>
    <message>
        <source>Withings renewed the login without a usable {missing}; the saved login is kept and the app tries again later.</source>
        <translation>Withings renovó el inicio de sesión sin un {missing} utilizable; se conserva el inicio de sesión guardado y la aplicación lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>Withings answered the login without a usable {missing}; log in again in a minute.</source>
        <translation>Withings respondió al inicio de sesión sin un {missing} utilizable; vuelve a iniciar sesión dentro de un minuto.</translation>
    </message>
    <message>
        <source>Withings sent an unusable token reply ({kind}); try again later.</source>
        <translation>Withings envió una respuesta de token inutilizable ({kind}); inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Withings&apos; token reply has no access or refresh token; try again later.</source>
        <translation>La respuesta de token de Withings no tiene token de acceso ni de actualización; inténtalo de nuevo más tarde.</translation>
    </message>
</context>
<context>
    <name>core.withings.tokens</name>
    <message>
        <source>Another withings-gui window is renewing the Withings login and has not finished; try again in a minute.</source>
        <translation>Otra ventana de withings-gui está renovando el inicio de sesión de Withings y no ha terminado; inténtalo de nuevo dentro de un minuto.</translation>
    </message>
    <message>
        <source>The Withings login cannot be renewed: {folder} is not writable ({reason}); free some disk space or make the folder writable.</source>
        <translation>No se puede renovar el inicio de sesión de Withings: no se puede escribir en {folder} ({reason}); libera espacio en disco o haz que la carpeta se pueda escribir.</translation>
    </message>
    <message>
        <source>The Withings Consumer Secret is not saved; run setup again (or `withings-gui configure`) and re-authorize.</source>
        <translation>El Consumer Secret de Withings no está guardado; vuelve a ejecutar la configuración (o `withings-gui configure`) y autoriza de nuevo.</translation>
    </message>
    <message>
        <source>The renewed Withings login could not be saved: {reason}</source>
        <translation>No se pudo guardar el inicio de sesión renovado de Withings: {reason}</translation>
    </message>
    <message>
        <source>Profile {profile} is not logged in to Withings; log in from the setup wizard or with `withings-gui login`.</source>
        <translation>El perfil {profile} no ha iniciado sesión en Withings; inicia sesión desde el asistente de configuración o con `withings-gui login`.</translation>
    </message>
</context>
<context>
    <name>tray.app</name>
    <message>
        <source>Sync did not complete</source>
        <translation>Sincronización incompleta</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sincronización fallida</translation>
    </message>
    <message>
        <source>Pause not saved</source>
        <translation>Pausa no guardada</translation>
    </message>
    <message>
        <source>Settings not reloaded</source>
        <translation>Ajustes no recargados</translation>
    </message>
</context>
<context>
    <name>tray.devices</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batería</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>No devices yet: Withings lists them after the next sync.</source>
        <translation>Aún no hay dispositivos: Withings los muestra tras la próxima sincronización.</translation>
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
        <translation>Baja</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Ahora mismo</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>hace 1 minuto</translation>
    </message>
    <message>
        <source>{count} minutes ago</source>
        <translation>hace {count} minutos</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>hace 1 hora</translation>
    </message>
    <message>
        <source>{count} hours ago</source>
        <translation>hace {count} horas</translation>
    </message>
    <message>
        <source>Withings devices — {profile}</source>
        <translation>Dispositivos Withings — {profile}</translation>
    </message>
    <message>
        <source>Reading the devices…</source>
        <translation>Leyendo los dispositivos…</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Unknown model</source>
        <translation>Modelo desconocido</translation>
    </message>
    <message>
        <source>Low: charge it or change its batteries soon</source>
        <translation>Baja: cárgalo o cambia sus pilas pronto</translation>
    </message>
    <message>
        <source>1 device, as of the last sync.</source>
        <translation>1 dispositivo, según la última sincronización.</translation>
    </message>
    <message>
        <source>{count} devices, as of the last sync.</source>
        <translation>{count} dispositivos, según la última sincronización.</translation>
    </message>
    <message>
        <source>The devices could not be read: {why}</source>
        <translation>No se pudieron leer los dispositivos: {why}</translation>
    </message>
</context>
<context>
    <name>tray.fallback</name>
    <message>
        <source>This desktop has no system tray, so Withings GUI runs in this small window instead. Closing it stops syncing.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que Withings GUI funciona en esta pequeña ventana. Cerrarla detiene la sincronización.</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;More…</source>
        <translation>&amp;Más…</translation>
    </message>
</context>
<context>
    <name>tray.history</name>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>No weigh-ins in the last 30 days</source>
        <translation>Ningún pesaje en los últimos 30 días</translation>
    </message>
    <message>
        <source>No weigh-ins in the last year</source>
        <translation>Ningún pesaje en el último año</translation>
    </message>
    <message>
        <source>No weigh-ins yet</source>
        <translation>Aún no hay pesajes</translation>
    </message>
    <message>
        <source>&amp;Show last 30 days</source>
        <translation>Mostrar los últimos &amp;30 días</translation>
    </message>
    <message>
        <source>&amp;Show last year</source>
        <translation>Mostrar el último &amp;año</translation>
    </message>
    <message>
        <source>&amp;Show all</source>
        <translation>Mostrar &amp;todo</translation>
    </message>
    <message>
        <source>Withings history — {profile}</source>
        <translation>Historial de Withings — {profile}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>1 weigh-in</source>
        <translation>1 pesaje</translation>
    </message>
    <message>
        <source>{count} weigh-ins</source>
        <translation>{count} pesajes</translation>
    </message>
    <message>
        <source>Weigh-ins from your Withings scale show here after the next sync.</source>
        <translation>Los pesajes de tu báscula Withings aparecen aquí tras la próxima sincronización.</translation>
    </message>
    <message>
        <source>The latest is from {date}.</source>
        <translation>El más reciente es del {date}.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Could not read the history</source>
        <translation>No se pudo leer el historial</translation>
    </message>
    <message>
        <source>Latest: {reading}</source>
        <translation>Último: {reading}</translation>
    </message>
</context>
<context>
    <name>tray.history_chart</name>
    <message>
        <source>History chart</source>
        <translation>Gráfico del historial</translation>
    </message>
    <message>
        <source>Left and right arrows step through the points, up and down change the measure, Home and End jump to the ends</source>
        <translation>Las flechas izquierda y derecha recorren los puntos, arriba y abajo cambian la medida, Inicio y Fin saltan a los extremos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Mass ({unit})</source>
        <translation>Masa ({unit})</translation>
    </message>
    <message>
        <source>Date ({years})</source>
        <translation>Fecha ({years})</translation>
    </message>
</context>
<context>
    <name>tray.launch</name>
    <message>
        <source>withings-gui is already running in the tray; its menu has everything.</source>
        <translation>withings-gui ya está en marcha en la bandeja; su menú lo tiene todo.</translation>
    </message>
</context>
<context>
    <name>tray.listen</name>
    <message>
        <source>Home Assistant&apos;s webhook stopped.</source>
        <translation>El webhook de Home Assistant se detuvo.</translation>
    </message>
    <message>
        <source>The listener could not start: {problem}</source>
        <translation>El receptor no pudo iniciarse: {problem}</translation>
    </message>
    <message>
        <source>The listener crashed: {last}</source>
        <translation>El receptor falló: {last}</translation>
    </message>
    <message>
        <source>The listener exited {code}: {last}</source>
        <translation>El receptor terminó con {code}: {last}</translation>
    </message>
    <message>
        <source>The listener crashed.</source>
        <translation>El receptor falló.</translation>
    </message>
    <message>
        <source>The listener exited {code}.</source>
        <translation>El receptor terminó con {code}.</translation>
    </message>
</context>
<context>
    <name>tray.menu</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Open &amp;Home Assistant</source>
        <translation>&amp;Abrir Home Assistant</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>&amp;Dispositivos…</translation>
    </message>
    <message>
        <source>Se&amp;ttings / Re-run setup…</source>
        <translation>Ajustes / &amp;Repetir la configuración…</translation>
    </message>
    <message>
        <source>&amp;Re-authorize…</source>
        <translation>&amp;Volver a autorizar…</translation>
    </message>
    <message>
        <source>&amp;Pause syncing</source>
        <translation>&amp;Pausar la sincronización</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>Mostrar el re&amp;gistro</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>Why is a measure &amp;missing?…</source>
        <translation>¿Por qué falta una &amp;medida?…</translation>
    </message>
    <message>
        <source>Why is a measure missing? ({profile})…</source>
        <translation>¿Por qué falta una medida? ({profile})…</translation>
    </message>
</context>
<context>
    <name>tray.missing</name>
    <message>
        <source>Every measure the devices of this account give has arrived.</source>
        <translation>Ha llegado cada medida que dan los dispositivos de esta cuenta.</translation>
    </message>
    <message>
        <source>Why is a measure missing? — {profile}</source>
        <translation>¿Por qué falta una medida? — {profile}</translation>
    </message>
    <message>
        <source>Measures the devices of &apos;{profile}&apos; could give but Withings did not send, and the likely reason:</source>
        <translation>Medidas que los dispositivos de &apos;{profile}&apos; podrían dar pero que Withings no envió, y el motivo probable:</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Leyendo el historial…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>The history could not be read: {why}</source>
        <translation>No se pudo leer el historial: {why}</translation>
    </message>
</context>
<context>
    <name>tray.notify</name>
    <message>
        <source>New weigh-in</source>
        <translation>Nuevo pesaje</translation>
    </message>
    <message>
        <source>Choose Re-authorize in the tray menu. {why}</source>
        <translation>Elige Volver a autorizar en el menú del icono. {why}</translation>
    </message>
    <message>
        <source>Withings needs you to log in again</source>
        <translation>Withings necesita que vuelvas a iniciar sesión</translation>
    </message>
    <message>
        <source>{devices} ({profile})</source>
        <translation>{devices} ({profile})</translation>
    </message>
    <message>
        <source>{device}: its battery is low. Charge it or change the batteries.</source>
        <translation>{device}: su batería está baja. Cárgalo o cambia las pilas.</translation>
    </message>
    <message>
        <source>{devices}: their batteries are low. Charge them or change the batteries.</source>
        <translation>{devices}: sus baterías están bajas. Cárgalos o cambia las pilas.</translation>
    </message>
    <message>
        <source>Withings battery low</source>
        <translation>Batería de Withings baja</translation>
    </message>
</context>
<context>
    <name>tray.status</name>
    <message>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>sincronizando</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>al día</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>desactualizado</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>needs re-authorization</source>
        <translation>hay que volver a autorizar</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>{weight}, weighed {when}</source>
        <translation>{weight}, pesado {when}</translation>
    </message>
    <message>
        <source>No weigh-in yet</source>
        <translation>Aún no hay pesaje</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Última sincronización: {when}</translation>
    </message>
    <message>
        <source>{state}: {why}</source>
        <translation>{state}: {why}</translation>
    </message>
    <message>
        <source>No weight yet</source>
        <translation>Aún no hay peso</translation>
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
        <translation>ninguna sincronización correcta desde hace {age}</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} minutos</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation>{count} horas</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>{count} years</source>
        <translation>{count} años</translation>
    </message>
    <message>
        <source>{profile}: {why}</source>
        <translation>{profile}: {why}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>hoy {time}</translation>
    </message>
    <message>
        <source>{when} (ahead of this computer&apos;s clock)</source>
        <translation>{when} (adelantado respecto al reloj de este ordenador)</translation>
    </message>
</context>
<context>
    <name>tray.sync_mode</name>
    <message>
        <source>Checking every minute</source>
        <translation>Comprobando cada minuto</translation>
    </message>
    <message>
        <source>Checking every {minutes} minutes</source>
        <translation>Comprobando cada {minutes} minutos</translation>
    </message>
    <message>
        <source>Live: Withings tells us about new weigh-ins</source>
        <translation>En directo: Withings avisa de nuevas pesadas</translation>
    </message>
    <message>
        <source>A safety check runs every hour.</source>
        <translation>Cada hora se hace una comprobación de seguridad.</translation>
    </message>
    <message>
        <source>Home Assistant is reachable only at home, so Withings cannot tell us about new weigh-ins.</source>
        <translation>Home Assistant solo es accesible en casa, así que Withings no puede avisar de nuevas pesadas.</translation>
    </message>
    <message>
        <source>Live updates need Home Assistant set up.</source>
        <translation>Las actualizaciones en directo necesitan Home Assistant configurado.</translation>
    </message>
    <message>
        <source>Withings notifications are not set up for {profile}.</source>
        <translation>Las notificaciones de Withings no están configuradas para {profile}.</translation>
    </message>
    <message>
        <source>Withings notifications are not set up for {profile}: {problem}</source>
        <translation>Las notificaciones de Withings no están configuradas para {profile}: {problem}</translation>
    </message>
    <message>
        <source>Setting up Withings notifications…</source>
        <translation>Configurando las notificaciones de Withings…</translation>
    </message>
    <message>
        <source>Live updates paused: {reason}</source>
        <translation>Actualizaciones en directo en pausa: {reason}</translation>
    </message>
    <message>
        <source>Connecting to Home Assistant for live updates…</source>
        <translation>Conectando con Home Assistant para actualizaciones en directo…</translation>
    </message>
</context>
</TS>
