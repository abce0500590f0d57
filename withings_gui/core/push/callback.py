"""The push address Withings POSTs to: ``<public HA>/api/webhook/<push_webhook_id>``.

Only a Home Assistant that the internet reaches can take it: the callback URL saved for the
login tells (its origin is HA's public address on the Nabu Casa and own-domain paths; the
home-network path has no such address). The webhook id is a secret kept in the settings and
registered with the log filter wherever it is used.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from withings_gui.core.config import Config, ConfigStore
from withings_gui.core.redact import register_secret
from withings_gui.core.setup.home_network import path_kind_of

WEBHOOK_PATH = "/api/webhook/"


def push_base_url(config: Config) -> str | None:
    """HA's public origin (``https://host[:port]``), or None when push cannot reach it."""
    url = (config.callback_url or "").strip()
    if not url or path_kind_of(url) == "home_network":
        return None
    try:
        parts = urlsplit(url)
        _ = parts.port  # a port that is not a number raises
    except ValueError:
        return None
    if parts.scheme not in ("https", "http") or not parts.hostname:
        return None
    return f"{parts.scheme}://{parts.netloc}"


def push_callback_url(config: Config, settings: ConfigStore | None = None) -> str | None:
    """The push address, or None when push cannot work for these settings.

    Without a webhook id yet, one is made and saved through ``settings`` (the owner of
    config.json) and set on ``config`` too; without ``settings`` the answer is then None."""
    base = push_base_url(config)
    if base is None:
        return None
    if not config.push_webhook_id:
        if settings is None:
            return None
        config.push_webhook_id = _saved_webhook_id(settings)
    register_secret(config.push_webhook_id)
    return f"{base}{WEBHOOK_PATH}{config.push_webhook_id}"


def webhook_id_of(url: str) -> str | None:
    """The id in a push address (``…/api/webhook/<id>``), or None for any other URL."""
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    if not path.startswith(WEBHOOK_PATH):
        return None
    found = path[len(WEBHOOK_PATH):].rstrip("/")
    return found if found and "/" not in found else None


def _saved_webhook_id(settings: ConfigStore) -> str:
    """The id in the file: another process may have made one first, and that one stays."""
    import secrets  # here: it loads OpenSSL, which the tray (push_base_url) must not

    def make_once(config: Config) -> None:
        if not config.push_webhook_id:
            config.push_webhook_id = secrets.token_hex(16)

    return settings.update(make_once).push_webhook_id
