"""HTML of the simulated Withings login/consent page and of its error page.

Elements carry stable ids (``user-alice``, ``allow``, ``deny``, ``error``) so tests can click
through the page in an embedded browser with a line of JavaScript.
"""

from __future__ import annotations

from html import escape

_STYLE = """
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;background:#eef1f5;
margin:0;color:#1d2733}
.banner{background:#ffcc4d;color:#3a2c00;text-align:center;padding:7px;font-size:13px;
font-weight:600;letter-spacing:.02em}
.card{max-width:440px;margin:36px auto;background:#fff;border-radius:14px;padding:28px 32px;
box-shadow:0 4px 18px rgba(20,30,50,.09)}
.brand{font-weight:700;font-size:20px;color:#00a5b5;margin-bottom:14px}
h1{font-size:21px;margin:0 0 8px} p{color:#4a5866;line-height:1.45;margin:6px 0}
.users{display:flex;gap:10px;margin:16px 0}
.users label{flex:1;border:2px solid #d6dde5;border-radius:10px;padding:10px 12px;
cursor:pointer}
.users label:has(input:checked){border-color:#00a5b5;background:#eafafb}
.users small{display:block;color:#6b7885;margin-top:2px}
.scopes{font-size:14px;color:#4a5866;padding-left:20px;margin:6px 0 0}
.actions{display:flex;gap:10px;margin-top:22px}
button{flex:1;font-size:15px;padding:11px;border-radius:8px;border:0;cursor:pointer}
#allow{background:#00a5b5;color:#fff} #deny{background:#e6ebf0;color:#1d2733}
.error{color:#b3261e;font-weight:600} code{font-size:12px;color:#6b7885;word-break:break-all}
"""

SCOPE_TEXT = {
    "user.info": "your profile (name, height, devices and goals)",
    "user.metrics": "your body measurements (weight, body composition, blood pressure)",
    "user.activity": "your activity and sleep",
    "user.sleepevents": "your sleep details",
}


def authorize_page(users: list[tuple[int, str, str]], fields: dict[str, str]) -> str:
    """The login + consent page; ``users`` are (userid, name, email), ``fields`` the query
    parameters, carried through the form."""
    hidden = "".join(f'<input type="hidden" name="{escape(k)}" value="{escape(v)}">'
                     for k, v in fields.items())
    choices = "".join(
        f'<label for="user-{escape(name.lower())}"><input type="radio" name="userid" '
        f'id="user-{escape(name.lower())}" value="{uid}"{" checked" if i == 0 else ""}> '
        f'{escape(name)}<small>{escape(email)}</small></label>'
        for i, (uid, name, email) in enumerate(users))
    scopes = "".join(f"<li>{escape(SCOPE_TEXT.get(s, s))}</li>"
                     for s in fields.get("scope", "").split(",") if s)
    return _page("Withings – Log in", f"""
<div class="brand">WITHINGS</div>
<h1>Allow this app to access your data?</h1>
<p>Pick the demo account to log in with. The app
<code>{escape(fields.get("client_id", "")[:16])}…</code> asks to read:</p>
<ul class="scopes">{scopes}</ul>
<form method="post" action="/oauth2_user/authorize2">{hidden}
<div class="users">{choices}</div>
<p>You will be sent back to <code id="redirect">{escape(fields.get("redirect_uri", ""))}</code></p>
<div class="actions">
<button type="submit" name="decision" value="deny" id="deny">Cancel</button>
<button type="submit" name="decision" value="allow" id="allow">Allow this app</button>
</div></form>""")


def error_page(title: str, message: str) -> str:
    return _page(f"Withings – {title}",
                 f'<div class="brand">WITHINGS</div><h1>{escape(title)}</h1>'
                 f'<p class="error" id="error">{escape(message)}</p>')


def _page(title: str, content: str) -> str:
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>{escape(title)}</title>"
            f"<meta name='viewport' content='width=device-width,initial-scale=1'>"
            f"<style>{_STYLE}</style></head><body>"
            f"<div class='banner' id='banner'>Simulated Withings — demo, no real account "
            f"involved</div><div class='card'>{content}</div></body></html>")
