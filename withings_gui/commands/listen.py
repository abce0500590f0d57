"""``withings-gui listen``: wait for Withings' notifications, one line per event.

The tray's long-lived child (gui/listen_process.py): the websocket client and the Withings
client load here, never in the tray. In order: make sure push can work (HA reachable from
the internet, a token), subscribe HA's webhook (core/hass/webhook_trigger.py), check each
profile's Withings subscriptions (at once, then daily: core/push/subscriptions.py), then one
line per notification. Lines (``--json``; without it the same as text):

    {"event": "listening", "callback": "https://ha.example/api/webhook/***"}
    {"event": "subscribed", "profile": "alice", "ok": true, "message": "...", "text": {...}}
    {"event": "notified", "profile": "alice", "appli": 1}
    {"event": "unavailable", "reason": "one line", "text": {...}}   (then it exits 0)

``message`` and ``reason`` are English (logs); ``text`` is the same line as a core Message
(messages.Message.to_json), which the tray shows in the user's language.

A notification only says which category changed; the tray then asks Withings itself
(``sync --notified``). The webhook id is a secret: it is never printed.
"""

from __future__ import annotations

import argparse
import json
import logging
import time
from typing import Callable

from withings_gui.core.context import AppContext
from withings_gui.core.hass.errors import HassError
from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message, message_of
from withings_gui.core.hass.webhook_trigger import WebhookListener
from withings_gui.core.plain_text import MESSAGE_CHARS, plain_text
from withings_gui.core.push.callback import push_base_url, push_callback_url
from withings_gui.core.push.categories import STREAMS_OF_APPLI
from withings_gui.core.push.subscriptions import SubscriptionReport, reconcile_profiles
from withings_gui.core.redact import MASK
from withings_gui.core.secrets import HA_TOKEN

log = logging.getLogger(__name__)

# How often the subscriptions are looked at; reconcile_profiles asks Withings only daily.
RECHECK_S = 3600
C = "cli.listen"
HOME_NETWORK_ONLY = Message(C, QT_TRANSLATE_NOOP(
    "cli.listen", "Home Assistant is reachable only on the home network, so Withings cannot "
    "send it notifications; checking on the sync interval instead."))


def run(args: argparse.Namespace, ctx: AppContext,
        clock: Callable[[], float] = time.time) -> int:
    say = _printer(args.json)
    config = ctx.config
    if not config.ha_url:
        return _unavailable(say, Message(C, QT_TRANSLATE_NOOP(
            "cli.listen", "Home Assistant is not set up; run setup first.")))
    if push_base_url(config) is None:
        return _unavailable(say, HOME_NETWORK_ONLY)
    token = ctx.secrets.get(HA_TOKEN)
    if not token:
        return _unavailable(say, Message(C, QT_TRANSLATE_NOOP(
            "cli.listen", "No Home Assistant token is saved; run setup again.")))
    callback = push_callback_url(config, ctx.settings)
    webhook_id = ctx.config.push_webhook_id
    try:
        with WebhookListener(config.ha_url, token, webhook_id,
                             ca_file=config.ha_ca_file or None) as listener:
            say({"event": "listening", "callback": callback.replace(webhook_id, MASK)})
            _check_subscriptions(ctx, callback, clock(), say, first=True)
            checked_at = clock()
            for form in listener.posts():
                if form is not None:
                    _tell(ctx, form, say)
                if clock() - checked_at >= RECHECK_S:
                    _check_subscriptions(ctx, callback, clock(), say, first=False)
                    checked_at = clock()
    except HassError as exc:
        return _unavailable(say, Message(C, QT_TRANSLATE_NOOP(
            "cli.listen", "Home Assistant's webhook stopped: {problem}"),
            {"problem": message_of(exc)}))
    return 0


def _check_subscriptions(ctx: AppContext, callback: str, now: float, say,
                         first: bool) -> None:
    ctx.reload_config()  # profiles added or removed since the child started
    # Each start is a new connection, perhaps to a restarted HA, whose Withings integration
    # revokes all of its Client Id's subscriptions when it shares ours: look at once.
    reports: list[SubscriptionReport] = reconcile_profiles(ctx, callback, now, force=first)
    for report in reports:
        if first or report.checked:
            say({"event": "subscribed", "profile": report.profile, "ok": report.ok,
                 "message": plain_text(report.message, limit=MESSAGE_CHARS),
                 "text": report.text.to_json()})


def _tell(ctx: AppContext, form: dict[str, str], say) -> None:
    """One notification: which profile, which category; anything else is logged only."""
    userid, appli = form.get("userid", ""), form.get("appli", "")
    profile = next((p.slug for p in ctx.config.profiles.values()
                    if p.withings_userid and p.withings_userid == userid), None)
    if profile is None:
        log.info("a notification for a Withings user of no profile here was ignored")
        return
    if not (appli.isascii() and appli.isdigit() and int(appli) in STREAMS_OF_APPLI):
        log.info("a notification of %s for category %r was ignored", profile,
                 plain_text(appli, limit=20))
        return
    say({"event": "notified", "profile": profile, "appli": int(appli)})


def _unavailable(say, reason: Message) -> int:
    say({"event": "unavailable", "reason": plain_text(reason.english(), limit=MESSAGE_CHARS),
         "text": reason.to_json()})
    return 0


def _printer(as_json: bool) -> Callable[[dict], None]:
    def say(event: dict) -> None:
        log.info("listen: %s", event)
        if as_json:
            print(json.dumps(event), flush=True)
        else:
            details = " ".join(f"{k}={v}" for k, v in event.items()
                               if k not in ("event", "text"))
            print(f"{event['event']}: {details}", flush=True)
    return say
