"""Our Withings subscriptions: made where missing, checked once a day, revoked when a
profile goes, and never a subscription of another program touched.

Withings lists every subscription of a user for the application (the Client Id), whoever
made it: Home Assistant's own Withings integration, for one, uses the same kind of webhook
address and revokes every subscription it finds. Ours are recognised by our push address
only (its webhook id is our secret); everything else in a list is left as it is.
"""

from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass
from typing import Callable
from urllib.parse import urlsplit

from withings_gui.core.config import Profile
from withings_gui.core.context import AppContext
from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message, listed, message_of
from withings_gui.core.push.callback import webhook_id_of
from withings_gui.core.push.categories import APPLIS
from withings_gui.core.sync_state import SavedSyncState
from withings_gui.core.timekeeping import waiting
from withings_gui.core.withings import notify
from withings_gui.core.withings.api import WithingsClient
from withings_gui.core.withings.errors import RateLimitedError, WithingsError, capped_wait
from withings_gui.core.withings.tokens import TokenManager

log = logging.getLogger(__name__)

CHECK_EVERY = 24 * 3600
# After a check that failed (Withings down, the HEAD check refused): try again sooner.
RETRY_AFTER_FAILURE = 3600
C = "core.push"
_CATEGORY_NAMES = {1: QT_TRANSLATE_NOOP("core.push", "weight"),
                   4: QT_TRANSLATE_NOOP("core.push", "blood pressure"),
                   16: QT_TRANSLATE_NOOP("core.push", "activity"),
                   44: QT_TRANSLATE_NOOP("core.push", "sleep"),
                   54: QT_TRANSLATE_NOOP("core.push", "ECG")}


@dataclass(frozen=True)
class SubscriptionReport:
    profile: str
    ok: bool  # every category in APPLIS is subscribed with our push address
    text: Message  # one line for the user
    subscribed: tuple[int, ...] = ()  # categories subscribed by this check
    revoked: tuple[int, ...] = ()  # stale subscriptions of ours (an older push address)
    checked: bool = True  # False: not due; ``ok`` is the last check's
    requests: int = 0  # Withings requests this check sent

    @property
    def message(self) -> str:
        """The line in English, for logs."""
        return self.text.english()


def same_address(a: str, b: str) -> bool:
    """The same URL as Withings may give it back (host case, a trailing slash)."""
    return _normalized(a) == _normalized(b)


def is_stale_ours(url: str, callback_url: str) -> bool:
    """A subscription of ours for an earlier public address: same webhook id (our secret),
    another origin. Made by this app, so ours to remove."""
    ours = webhook_id_of(callback_url)
    return ours is not None and webhook_id_of(url) == ours and not same_address(url,
                                                                                callback_url)


def reconcile(client: WithingsClient, callback_url: str, now: float,
              profile: str = "") -> SubscriptionReport:
    """List this user's subscriptions; subscribe the categories our address lacks; remove
    ours made for an older address. Others' are never touched. WithingsError passes on."""
    del now  # the check itself does not depend on the time; the cadence is the caller's
    before = client.request_count
    found = notify.list_subscriptions(client)
    ours = {sub.appli for sub in found if same_address(sub.callbackurl, callback_url)}
    revoked = []
    for sub in found:
        if is_stale_ours(sub.callbackurl, callback_url) and notify.revoke(client,
                                                                          sub.callbackurl,
                                                                          sub.appli):
            revoked.append(sub.appli)
    missing = [appli for appli in APPLIS if appli not in ours]
    for appli in missing:
        notify.subscribe(client, callback_url, appli)
    if missing:
        message = Message(C, QT_TRANSLATE_NOOP(
            "core.push", "subscribed to Withings notifications ({categories})"),
            {"categories": _names(missing)})
    else:
        message = Message(C, QT_TRANSLATE_NOOP(
            "core.push", "Withings notifications were already subscribed"))
    return SubscriptionReport(profile, True, message, tuple(missing), tuple(sorted(revoked)),
                              requests=client.request_count - before)


def revoke_ours(client: WithingsClient, callback_url: str) -> tuple[int, ...]:
    """Remove every subscription of ours (this address, or an older one with our webhook
    id); the categories removed. Others' are never touched. WithingsError passes on."""
    removed = []
    for sub in notify.list_subscriptions(client):
        if same_address(sub.callbackurl, callback_url) or is_stale_ours(sub.callbackurl,
                                                                        callback_url):
            if notify.revoke(client, sub.callbackurl, sub.appli):
                removed.append(sub.appli)
    return tuple(sorted(removed))


def reconcile_profiles(ctx: AppContext, callback_url: str, now: float,
                       clock: Callable[[], float] = time.time,
                       force: bool = False) -> list[SubscriptionReport]:
    """Check every logged-in profile's subscriptions when due (daily, sooner after a
    failure, at once when the push address changed); a report for each profile.

    ``force``: check now, due or not. Home Assistant's Withings integration revokes every
    subscription of the app when it starts, ours too if it shares our Client Id, so a
    reconnect to a restarted Home Assistant is worth one list request."""
    return [_reconcile_profile(ctx, profile, callback_url, now, clock, force)
            for profile in list(ctx.config.profiles.values())]


def revoke_profile(ctx: AppContext, slug: str, callback_url: str | None) -> Message:
    """Best effort before a profile is removed: a one-line message saying what happened."""
    if callback_url is None:
        return Message(C, QT_TRANSLATE_NOOP(
            "core.push", "push is not set up, so there are no Withings notifications to remove"))
    tokens = _tokens(ctx, slug)
    if not tokens.has_tokens():
        return Message(C, QT_TRANSLATE_NOOP(
            "core.push", "not logged in, so its Withings notifications could not be removed"))
    try:
        with WithingsClient(ctx.endpoints, tokens) as client:
            removed = revoke_ours(client, callback_url)
    except WithingsError as exc:
        return Message(C, QT_TRANSLATE_NOOP(
            "core.push", "its Withings notifications could not be removed: {problem}"),
            {"problem": message_of(exc)})
    if not removed:
        return Message(C, QT_TRANSLATE_NOOP(
            "core.push", "it had no Withings notifications of this app"))
    return Message(C, QT_TRANSLATE_NOOP(
        "core.push", "removed its Withings notifications ({categories})"),
        {"categories": _names(removed)})


def _reconcile_profile(ctx: AppContext, profile: Profile, callback_url: str, now: float,
                       clock: Callable[[], float], force: bool) -> SubscriptionReport:
    slug = profile.slug
    tokens = _tokens(ctx, slug, clock)
    if not tokens.has_tokens():
        return SubscriptionReport(slug, False, Message(C, QT_TRANSLATE_NOOP(
            "core.push", "not logged in to Withings")), checked=False)
    saved = SavedSyncState(ctx.store, slug)
    state = saved.current
    digest = _digest(callback_url)
    if not force and state.push_callback == digest \
            and waiting(state.push_next_check, now, CHECK_EVERY) > 0:
        said = QT_TRANSLATE_NOOP("core.push", "Withings notifications subscribed") \
            if state.push_ok else QT_TRANSLATE_NOOP(
                "core.push", "Withings notifications not subscribed (the last check failed)")
        return SubscriptionReport(slug, state.push_ok, Message(C, said), checked=False)
    try:
        with WithingsClient(ctx.endpoints, tokens, clock) as client:
            report = reconcile(client, callback_url, now, slug)
    except WithingsError as exc:
        wait = capped_wait(exc.retry_after) if isinstance(exc, RateLimitedError) \
            else RETRY_AFTER_FAILURE
        saved.update(push_callback=digest, push_next_check=now + max(wait, 60.0),
                     push_ok=False)
        log.info("push subscriptions of %s: %s", slug, exc)
        return SubscriptionReport(slug, False, message_of(exc))
    saved.update(push_callback=digest, push_next_check=now + CHECK_EVERY, push_ok=True)
    log.info("push subscriptions of %s: %s (%d requests)", slug, report.message,
             report.requests)
    return report


def _tokens(ctx: AppContext, slug: str,
            clock: Callable[[], float] = time.time) -> TokenManager:
    return TokenManager(ctx.endpoints, ctx.config.client_id, ctx.secrets, ctx.paths, slug,
                        clock)


def _digest(callback_url: str) -> str:
    return hashlib.sha256(_normalized(callback_url).encode()).hexdigest()


def _normalized(url: str) -> str:
    try:
        parts = urlsplit(url.strip())
        return f"{parts.scheme.lower()}://{parts.netloc.lower()}{parts.path.rstrip('/')}" \
               f"{'?' + parts.query if parts.query else ''}"
    except ValueError:
        return url


def _names(applis: list[int] | tuple[int, ...]) -> Message:
    """"weight, activity and sleep" in the user's language."""
    return listed([Message(C, _CATEGORY_NAMES[appli]) if appli in _CATEGORY_NAMES
                   else Message(C, QT_TRANSLATE_NOOP("core.push", "category {number}"),
                                {"number": appli})
                   for appli in applis])
