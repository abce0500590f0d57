"""HTML of the simulated Withings login/consent page and its error page."""

from __future__ import annotations

from html import escape

_STYLE = """
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;background:#f3f5f8;margin:0;color:#1d2733}
.banner{background:#ffb300;color:#222;text-align:center;padding:6px;font-size:13px;font-weight:600}
.card{max-width:420px;margin:40px auto;background:#fff;border-radius:12px;padding:28px 32px;
box-shadow:0 2px 12px rgba(0,0,0,.08)}
h1{font-size:22px;margin:0 0 6px} p{color:#4a5866;line-height:1.45}
.users{display:flex;gap:10px;margin:18px 0}
.users label{flex:1;border:2px solid #d6dde5;border-radius:10px;padding:12px;cursor:pointer;text-align:center}
.users input{margin-right:6px} .users label:has(input:checked){border-color:#00a5b5;background:#eafafb}
.scopes{font-size:14px;color:#4a5866;padding-left:18px}
.actions{display:flex;gap:10px;margin-top:22px}
button{flex:1;font-size:15px;padding:11px;border-radius:8px;border:0;cursor:pointer}
#allow{background:#00a5b5;color:#fff} #deny{background:#e6ebf0;color:#1d2733}
.error{color:#b3261e}
"""

SCOPE_TEXT = {
    "user.info": "your profile (name, birth date, height)",
    "user.metrics": "your body measurements (weight, body composition, blood pressure)",
    "user.activity": "your activity (steps, calories)",
    "user.sleepevents": "your sleep",
}


def authorize_page(users: list[tuple[int, str]], fields: dict[str, str]) -> str:
    hidden = "".join(f'<input type="hidden" name="{escape(k)}" value="{escape(v)}">'
                     for k, v in fields.items())
    choices = "".join(
        f'<label for="user-{escape(name.lower())}"><input type="radio" name="userid" '
        f'id="user-{escape(name.lower())}" value="{uid}"{" checked" if i == 0 else ""}>'
        f'{escape(name)}</label>' for i, (uid, name) in enumerate(users))
    scopes = "".join(f"<li>{escape(SCOPE_TEXT.get(s, s))}</li>"
                     for s in fields.get("scope", "").split(",") if s)
    return _page("Log in to Withings", f"""
<h1>Withings</h1>
<p>Log in as a demo user and allow <b>this app</b> to read:</p>
<ul class="scopes">{scopes}</ul>
<form method="post" action="/oauth2_user/authorize2">{hidden}
<div class="users">{choices}</div>
<div class="actions"><button type="submit" name="decision" value="deny" id="deny">Cancel</button>
<button type="submit" name="decision" value="allow" id="allow">Allow this app</button></div>
</form>""")


def error_page(message: str) -> str:
    return _page("Withings – error", f'<h1>Withings</h1><p class="error" id="error">'
                                     f'{escape(message)}</p>')


def _page(title: str, content: str) -> str:
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(title)}</title>"
            f"<meta name='viewport' content='width=device-width'><style>{_STYLE}</style></head>"
            f"<body><div class='banner'>Simulated Withings — demo, no real account involved"
            f"</div><div class='card'>{content}</div></body></html>")
