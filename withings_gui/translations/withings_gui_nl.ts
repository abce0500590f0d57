<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AuthorizePage</name>
    <message>
        <source>Withings login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to Withings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with the Withings account of the person whose data this is, and allow access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my o&amp;wn browser instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the Withings login…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the whole address your browser ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If Withings shows an error about the &lt;i&gt;redirect_uri&lt;/i&gt;, the Callback URI of your Withings app must be exactly &lt;code&gt;{url}&lt;/code&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} Go Back to the callback URL and Client Id pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in browser is not available on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Withings page did not load; check the internet connection or use your own browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{refused}. This setup uses {url}: put exactly that in your Withings app, then click “Try again”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After you allow access it goes to your callback address (an error page there is fine): copy that whole address and paste it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser opens the Withings login (the address is below if it does not). {then}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened from here: copy the address below into a browser and log in there. {then}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the address your browser ended on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in: Withings user {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in: Withings user {user}. Click Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} Click “Try again” to log in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackPage</name>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address Withings sends you back to after you log in. Withings checks it when you save your developer app; we check it the same way first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look the name up, check the certificate and send an HTTP HEAD, as Withings does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this as Home Assistant&apos;s e&amp;xternal URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible once every check has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withings sends your browser to this address after you log in, and this app catches that step before the page loads, so it never has to reach your Home Assistant: nothing needs opening to the internet. It only has to satisfy Withings when you save your developer app: any https page you trust that answers will do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home Assistant must know this address as its external URL. Set it from here, or paste this into configuration.yaml:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; the simulated Withings accepts this URL without looking it up; these checks are for a real setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed http:// to https://: Withings accepts https only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix what is marked with a cross first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check stopped: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withings would refuse this callback URL: fix what is marked with a cross and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the external URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the external URL ({error}); paste the YAML instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home Assistant&apos;s external URL is now {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: Home Assistant&apos;s core settings come from configuration.yaml, so a change made from here would be lost at its next restart. Paste the YAML above into configuration.yaml instead (replace an external_url line already there), then restart Home Assistant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Sharing the app with Home Assistant&apos;s own Withings integration works, but Withings does not say whether a second login of the same person can end the other&apos;s session; if either one keeps asking you to log in again, create a second app for this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Id and Consumer Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy both from your Withings developer app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer &amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback &amp;URL as registered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; the simulated Withings&apos; demo app is filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Withings developer app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is kept in your system keyring ({keyring}), never in a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Units and first sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options and first sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the sensors look, then the first sync runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b&amp;oth (kg sensors plus _lbs twins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s&amp;t (_st sensors; shown as 11 st 2 lb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the tray when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me of each new weigh-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Home Assistant&apos;s &amp;configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add another person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing kg only but want pounds in HA too? Template sensors for configuration.yaml:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home Assistant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Home Assistant in this setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with Withings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first sync did not fully work: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first sync failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HassPage</name>
    <message>
        <source>Home Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Home Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its address as this computer reaches it, and a long-lived access token (your HA profile → Security → Long-lived access tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for a self-signed certificate (.pem, .crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust certificate &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address works only in your home network. If your Home Assistant has no address on the internet, choose the home-network path: nothing needs opening to the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the home-network path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip Home Assistant (demo only: the sensors are shown, not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home Assistant &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the demo you may skip this step; the tray then shows the demo data without sending it anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested before with this address and token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to Home Assistant {version} “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust Home Assistant&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home network only: Withings never needs to reach this Home Assistant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mark</name>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to come</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberBadge</name>
    <message>
        <source>field {number} in the picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>The setup could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathPage</name>
    <message>
        <source>A Withings account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the person&apos;s measurements in the Withings app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its address and a long-lived access token from your HA profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ten minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you can close the wizard and continue later where you left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{what}&lt;/b&gt; — {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wizard connects your Withings account to Home Assistant. Your measurements then appear there as sensors, kept current from an icon beside the clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on my home net&amp;work (nothing to open to the internet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home Assistant Cloud (Nabu Casa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;own public domain with https (e.g. https://ha.example.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I already have a Withings &amp;developer app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You register a free developer app with Withings (every value to type is given), log in to Withings here, and the first sync sends the measurements to Home Assistant. This app talks to Withings and Home Assistant directly; your login stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is your Home Assistant reached from outside?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withings&apos; login ends at your developer app&apos;s callback address; this app catches that step itself, so the address never has to lead to your Home Assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example the one made for Home Assistant&apos;s own Withings integration: its values are then used instead of a new app&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; everything runs against a simulated Withings; any choice works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalFigure</name>
    <message>
        <source>Picture of the Withings developer portal&apos;s forms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalPage</name>
    <message>
        <source>Withings app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your Withings developer app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withings lets you read your own data through an app you register. Open the developer portal, create an application of the kind “Public API integration” and fill in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the Withings developer portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withings asks for {first} and {second} once, for your developer account. The saved application shows its Client ID and Secret: keep that page open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I already &amp;have an app…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already have a Withings developer app (for Home Assistant&apos;s own integration, say)? Use it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; nothing needs registering; the simulated Withings already knows a demo app, whose Client Id and Secret are filled in on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened from here: copy the portal&apos;s address (above) into a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose data is this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name becomes part of every entity id in Home Assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also read &amp;ECG results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest atrial fibrillation classification and its date. Withings gives ECGs with the “user.metrics” access this app already asks for, so no new login is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to Withings as user &lt;b&gt;{user}&lt;/b&gt;. Name the person who owns that account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read Home Assistant&apos;s entities ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{conflict}. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home Assistant already has {count} of these entities (e.g. {example}). If they come from an earlier setup of this app that is fine; otherwise choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleList</name>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix: {fix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a warning; Withings would accept it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Withings GUI setup (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withings GUI setup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Withings GUI logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Withings GUI&lt;/b&gt;&lt;br&gt;Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncProcess</name>
    <message>
        <source>The sync took longer than {seconds} s and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync process could not start: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync process crashed ({code}): {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync process crashed ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync process exited {code}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync process exited {code}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core.callback_network</name>
    <message>
        <source>the name resolves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate from a public authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers an HTTP HEAD request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Home Assistant Cloud (Nabu Casa), or get a certificate from a public authority, e.g. with Home Assistant&apos;s Let&apos;s Encrypt add-on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {host} has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew it; Home Assistant&apos;s Let&apos;s Encrypt add-on renews automatically, and Home Assistant Cloud (Nabu Casa) needs no certificate of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {host} is not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time, or wait until the certificate&apos;s start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {host} is self-signed; Withings refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not valid for {host} (it was issued for another name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the domain name the certificate was issued for, or get a certificate that includes {host} (the Let&apos;s Encrypt add-on&apos;s &apos;domains&apos; option).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {host} has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {host} is not issued by a public certificate authority (or the server does not send the full chain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL has no valid domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} does not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no secure connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling, and that the domain&apos;s DNS record (A or AAAA) points at the public address of your Home Assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the address exactly from Home Assistant → Settings → Home Assistant Cloud → Remote control, and check that remote control is switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} does not resolve ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS server did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} resolves to {addresses}. That is an address inside a private network: make sure public DNS gives Withings your public address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} resolves to {addresses}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to {host} on port {port} ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure port {port} of your router is forwarded to Home Assistant, or use Home Assistant Cloud (Nabu Casa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} answers on port {port}, but not with https (plain http?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve Home Assistant over https on port 443 (ssl_certificate in the http: section, or a reverse proxy), or use Home Assistant Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that port 443 reaches Home Assistant (or its proxy) over https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate for {host} issued by {issuer}, valid until {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate for {host} issued by {issuer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure (TLS) handshake with {host} failed ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that Home Assistant (or the proxy in front of it) is running and reachable from the internet at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed or reset the connection without answering the HEAD request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not HTTP ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HEAD request got no answer ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered HEAD with HTTP {status} (any answer will do for Withings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core.callback_url</name>
    <message>
        <source>Use the domain name Home Assistant is reachable at from the internet (Home Assistant Cloud, or your own domain), not an address of your home network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your Home Assistant Cloud address or your own domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the callback URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a web address or domain name; it looks like https://ha.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port in {value!r} is not a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a Home Assistant Cloud address; it looks like https://abcdef1234567890.ui.nabu.casa (Home Assistant → Settings → Home Assistant Cloud → Remote control).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} has spaces in it; a web address has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a web address (it starts with {scheme}://, not https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withings only accepts https callback URLs (this one is {what}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a full web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach Home Assistant over https: Home Assistant Cloud (Nabu Casa), or a certificate for your domain (e.g. the Let&apos;s Encrypt add-on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 255 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL is {length} characters; Withings allows {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a shorter domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the &apos;user:password@&apos; part: Withings refuses credentials in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no query or fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &apos;?…&apos; or &apos;#…&apos; part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the &apos;?…&apos; or &apos;#…&apos; part: Withings compares the URL exactly and adds its own query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home Assistant&apos;s callback path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home Assistant receives the login at {path}; this URL has {this}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {url}, unless something other than Home Assistant receives the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fully qualified domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has no domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} is an IP address; Withings needs a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} ends with a dot; Withings compares the URL exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the trailing dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host!r} is not a valid domain name (letters, digits and &apos;-&apos; between dots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} only exists on your own network; Withings cannot reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} is not a fully qualified domain name (it has no dot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} is not a valid domain name (it does not end in a top-level domain such as .com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} is a fully qualified domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default https port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is not a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withings only accepts the default port (443); this URL uses {port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward port 443 of your router to Home Assistant and remove the port from the URL, or use Home Assistant Cloud (Nabu Casa).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core.setup_draft</name>
    <message>
        <source>it cannot be read: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its list of finished pages is not a list of page names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a value of the wrong kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds text that cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its choice of callback address is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {name} name is not a profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its profile name is not a profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its unit is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its sync interval is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {name} is not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved setup progress ({file}) could not be used ({why}), so setup starts from the beginning; your settings are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core.snippets</name>
    <message>
        <source>{value!r} has no domain name in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
