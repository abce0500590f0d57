"""Withings' Notify service: subscribe a callback URL to a category of a user's data, list,
get and revoke such subscriptions.

Facts (developer.withings.com, "Notifications" and "Notify - Subscribe/List/Get/Revoke"):
``POST /notify`` with ``action`` and, per action, ``callbackurl``, ``appli`` and ``comment``.
Before subscribing, Withings sends a ``HEAD`` to the callback URL and answers status 293
("the callback URL is either absent or incorrect") when it does not answer 2xx. Revoking a
subscription that does not exist answers 294. A list reply is
``{"profiles": [{"appli", "callbackurl", "comment", "expires"}, ...]}``: every subscription
of this user for this application, including ones other programs made with the same
Client Id (Home Assistant's integration, say).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message
from withings_gui.core.withings.api import WithingsClient
from withings_gui.core.withings.errors import RedirectUriMismatchError, WithingsError

PATH = "/notify"
CALLBACK_REFUSED = 293  # the HEAD check of the callback URL failed
NO_SUCH_SUBSCRIPTION = 294
# What get and revoke may answer for a subscription Withings does not have (343: "no
# notification with this callback URL").
NOT_SUBSCRIBED = frozenset({CALLBACK_REFUSED, NO_SUCH_SUBSCRIPTION, 343})
# What the Withings app and the developer dashboard show for our subscriptions.
COMMENT = "withings-gui"
MAX_URL_CHARS = 255  # Withings' limit for a callback URL


class CallbackRefusedError(WithingsError):
    """Withings refused the callback URL: its HEAD check got no 2xx answer, or the URL
    breaks Withings' rules (https, a public name, at most 255 characters)."""


@dataclass(frozen=True)
class Subscription:
    appli: int
    callbackurl: str
    comment: str = ""
    expires: int | None = None  # Withings' own date; subscriptions made today do not expire


def subscribe(client: WithingsClient, callback_url: str, appli: int,
              comment: str = COMMENT) -> None:
    """Ask Withings to POST to ``callback_url`` when ``appli`` data of this user changes."""
    try:
        client.call(PATH, "subscribe", {"callbackurl": callback_url, "appli": int(appli),
                                        "comment": comment})
    except RedirectUriMismatchError as exc:  # status 293 on any call; here it means this
        raise CallbackRefusedError(Message("core.withings.notify", QT_TRANSLATE_NOOP(
            "core.withings.notify", "Withings refused the push address for category "
            "{category}: it did not answer Withings' check (HEAD) with 200, or it is not a "
            "public https address; the app keeps polling instead."),
            {"category": int(appli)}), CALLBACK_REFUSED) from exc


def list_subscriptions(client: WithingsClient, appli: int | None = None) -> list[Subscription]:
    """This user's subscriptions (of one category, or all); unreadable entries are left out,
    so nothing a server sends can make them look like ours."""
    params: dict[str, Any] = {} if appli is None else {"appli": int(appli)}
    body = client.call(PATH, "list", params)
    profiles = body.get("profiles")
    if not isinstance(profiles, list):
        return []
    return [found for found in map(parse_subscription, profiles) if found is not None]


def get_subscription(client: WithingsClient, callback_url: str,
                     appli: int) -> Subscription | None:
    """The subscription of ``callback_url`` for ``appli``, or None when Withings has none."""
    try:
        body = client.call(PATH, "get", {"callbackurl": callback_url, "appli": int(appli)})
    except WithingsError as exc:
        if exc.status in NOT_SUBSCRIBED:
            return None
        raise
    return parse_subscription(dict(body, appli=body.get("appli", appli)))


def revoke(client: WithingsClient, callback_url: str, appli: int) -> bool:
    """Remove one subscription; False when Withings had none to remove (status 294)."""
    try:
        client.call(PATH, "revoke", {"callbackurl": callback_url, "appli": int(appli)})
    except WithingsError as exc:
        if exc.status in NOT_SUBSCRIBED:
            return False
        raise
    return True


def parse_subscription(value: Any) -> Subscription | None:
    """A Subscription from one entry of a reply, or None for anything that is not one."""
    if not isinstance(value, dict):
        return None
    appli, url = value.get("appli"), value.get("callbackurl")
    if isinstance(appli, str) and appli.isascii() and appli.isdigit() and len(appli) < 6:
        appli = int(appli)
    if isinstance(appli, bool) or not isinstance(appli, int) or not isinstance(url, str) \
            or not url:
        return None
    comment = value.get("comment")
    expires = value.get("expires")
    return Subscription(appli, url, comment if isinstance(comment, str) else "",
                        expires if isinstance(expires, int) and not isinstance(expires, bool)
                        else None)
