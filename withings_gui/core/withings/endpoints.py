"""Withings' two hosts, overridable so tests and demo mode use a local simulated cloud."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Mapping
from urllib.parse import urlsplit

ENV_API_URL = "WITHINGS_GUI_API_URL"
ENV_AUTH_URL = "WITHINGS_GUI_AUTH_URL"
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


@dataclass(frozen=True)
class Endpoints:
    auth_url: str = "https://account.withings.com"
    api_url: str = "https://wbsapi.withings.net"

    @property
    def authorize_url(self) -> str:
        return f"{self.auth_url}/oauth2_user/authorize2"

    @property
    def token_url(self) -> str:
        return f"{self.api_url}/v2/oauth2"

    def api(self, path: str) -> str:
        return f"{self.api_url}{path}"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "Endpoints":
        """Defaults, or WITHINGS_GUI_API_URL / WITHINGS_GUI_AUTH_URL; ValueError if unsafe."""
        environ = os.environ if environ is None else environ
        defaults = cls()
        return cls(auth_url=checked_url(environ.get(ENV_AUTH_URL), ENV_AUTH_URL,
                                        defaults.auth_url),
                   api_url=checked_url(environ.get(ENV_API_URL), ENV_API_URL,
                                       defaults.api_url))


def is_loopback_http(url: str) -> bool:
    """Plain http to this machine: the only place tokens may travel unencrypted."""
    parts = urlsplit(url)
    return parts.scheme == "http" and (parts.hostname or "").lower() in LOOPBACK_HOSTS


def checked_url(value: str | None, name: str, default: str) -> str:
    """https anywhere; plain http only to this machine (tests, demo)."""
    if value is None or not value.strip():
        return default
    value = value.strip().rstrip("/")
    try:
        parts = urlsplit(value)
        _ = parts.port  # raises ValueError for a port that is not a number
    except ValueError:
        raise ValueError(f"{name}={value!r} is not a valid URL.") from None
    if parts.scheme == "https" and parts.hostname:
        return value
    if is_loopback_http(value):
        return value
    raise ValueError(f"{name}={value!r}: use an https:// URL (plain http is allowed only for "
                     "127.0.0.1, localhost or [::1]).")
