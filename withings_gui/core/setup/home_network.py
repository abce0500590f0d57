"""Which Home Assistant addresses work only at home, and which path a callback URL is on.

The wizard offers three paths for the callback URL: Home Assistant Cloud, an own public
domain, or the home network only (a public page that answers, since the login is caught in
this app before the page loads). An HA address that works only at home is the hint that the
third one fits.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from withings_gui.core.setup_rules.callback_url import CALLBACK_PATH, PRIVATE_SUFFIXES

PATH_KINDS = ("home_network", "own_domain", "nabu_casa")


def is_home_network_address(url: str) -> bool:
    """True for an address that only works inside a home network: a private, loopback or
    link-local IP, a single-label name (``homeassistant``), or a name such as ``*.local``."""
    try:
        host = (urlsplit((url or "").strip()).hostname or "").rstrip(".").lower()
    except ValueError:
        return False
    if not host:
        return False
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host == "localhost" or "." not in host or host.endswith(PRIVATE_SUFFIXES)
    return address.is_private or address.is_loopback or address.is_link_local


def path_kind_of(callback_url: str) -> str:
    """The path a saved callback URL was made on (a re-run shows it chosen again)."""
    try:
        parts = urlsplit((callback_url or "").strip())
        host = (parts.hostname or "").lower()
    except ValueError:
        return PATH_KINDS[0]
    if parts.path != CALLBACK_PATH:
        return "home_network"
    return "nabu_casa" if host.endswith(".ui.nabu.casa") else "own_domain"
