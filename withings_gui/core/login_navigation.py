"""What the wizard's embedded login browser may load: Withings' login pages, nothing else.

The browser exists to show Withings' authorize page. A link, a redirect or a script on it
must not turn it into a general browser (a look-alike login page of another host would be
shown inside our trusted window), so every main-frame navigation is judged here, without Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class Navigation:
    action: Literal["load", "callback", "block"]
    host: str = ""  # the host named to the user when blocked

    @property
    def message(self) -> str:
        shown = self.host or "an address without a host"
        return (f"The login page tried to open {shown}, which is not Withings' login, so it "
                "was not loaded. Click “Try again” to start the login again.")


def judge_navigation(url: str, authorize_url: str, callback_url: str) -> Navigation:
    """``callback`` for the redirect to intercept, ``load`` for a page of the authorize
    endpoint's own origin (scheme, host, port), ``block`` for anything else."""
    if is_callback(url, callback_url):
        return Navigation("callback")
    if url == "about:blank":  # the empty page the wizard shows once Withings is done
        return Navigation("load")
    got, allowed = _origin(url), _origin(authorize_url)
    if got is not None and allowed is not None and got == allowed:
        return Navigation("load")
    return Navigation("block", _host_of(url))


def is_callback(url: str, callback: str) -> bool:
    """The registered callback exactly: same scheme, host, port and path (only its query,
    which carries the code, may differ). Withings redirects to exactly what was registered,
    so a near miss (another path, a trailing slash, http) is some other page, never the
    login's end."""
    try:
        got, want = urlsplit(url.strip()), urlsplit(callback.strip())
        if not want.hostname or got.username is not None or got.password is not None:
            return False
        return _exact(got) == _exact(want)
    except ValueError:
        return False


def _exact(parts) -> tuple[str, str, int | None, str]:
    scheme = parts.scheme.lower()
    return (scheme, (parts.hostname or "").lower(),
            parts.port or _DEFAULT_PORTS.get(scheme), parts.path or "/")


def _origin(url: str) -> tuple[str, str, int] | None:
    try:
        parts = urlsplit(url.strip())
        scheme = parts.scheme.lower()
        port = parts.port or _DEFAULT_PORTS.get(scheme)
    except ValueError:  # an invalid port or bracketed host
        return None
    if scheme not in _DEFAULT_PORTS or not parts.hostname or port is None:
        return None
    if parts.username is not None or parts.password is not None:
        return None  # "https://account.withings.com@evil.example" is not Withings
    return scheme, parts.hostname.lower().rstrip("."), port


def _host_of(url: str) -> str:
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
        if host and parts.port is not None:  # 127.0.0.1:8080 is not 127.0.0.1:9000
            host = f"{host}:{parts.port}"
    except ValueError:
        host = ""
    if not host:
        scheme = url.split(":", 1)[0] if ":" in url else ""
        return f"a {scheme}: address" if scheme.isalnum() else ""
    return host
