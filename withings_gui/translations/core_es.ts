<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
    <name>core.secrets</name>
    <message>
        <source>No system keyring is available, so secrets are stored in {file} (readable only by you). Install and unlock a keyring such as GNOME Keyring or KWallet to keep them encrypted.</source>
        <translation>No hay ningún llavero del sistema disponible, así que los secretos se guardan en {file} (solo tú puedes leerlo). Instala y desbloquea un llavero como GNOME Keyring o KWallet para guardarlos cifrados.</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}); free some disk space or make the folder writable, then try again.</source>
        <translation>No se pudo escribir {file} ({reason}); libera espacio en disco o haz que la carpeta admita escritura y vuelve a intentarlo.</translation>
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
</TS>
