"""Receive the form posts sent to one of Home Assistant's webhooks, over its websocket.

``subscribe_trigger`` with a ``webhook`` trigger makes HA answer ``/api/webhook/<id>`` for as
long as our websocket lasts, and tell us each post: nothing goes into the user's HA
configuration. What both supported releases do (docs/HOME_ASSISTANT_API.md, "Webhook
trigger"; tests/core/hass/test_webhook_trigger.py):

- they take ``platform: webhook`` (2026.11 also ``trigger: webhook``; 2024.3 only the
  former), ``local_only`` (default *true*: posts from the internet would be dropped
  silently) and ``allowed_methods``;
- HA answers HEAD with 200 for every webhook id, registered or not, so Withings' check
  passes whatever we allow; HEAD is left out of ``allowed_methods`` so that check is not
  an event;
- a form body reaches us only as the ``repr`` of aiohttp's MultiDictProxy (HA's websocket
  encoder falls back to ``repr`` for what JSON cannot hold), which ``form_fields`` reads.
"""

from __future__ import annotations

import ast
from typing import Iterator

from withings_gui.core.hass.websocket import HassWebsocket

# A Withings notification is a few short fields; anything much longer is not one.
MAX_FORM_CHARS = 4096
_REPR_START = "<MultiDictProxy("
_REPR_END = ")>"


def webhook_trigger(webhook_id: str) -> dict:
    """The trigger both releases accept, reachable from the internet, for POSTs only."""
    return {"platform": "webhook", "webhook_id": webhook_id, "allowed_methods": ["POST"],
            "local_only": False}


def form_fields(event: object) -> dict[str, str] | None:
    """The form fields of one trigger event, or None when it carries no form (a JSON or
    empty post, something HA sent in another shape). Never raises on what comes in."""
    if not isinstance(event, dict):
        return None
    variables = event.get("variables")
    trigger = variables.get("trigger") if isinstance(variables, dict) else None
    data = trigger.get("data") if isinstance(trigger, dict) else None
    if isinstance(data, dict) and "repr" in data:
        return _fields_of_repr(data["repr"])
    if isinstance(data, dict):  # a release that sends the form as a plain object
        fields = {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}
        return fields or None
    return None


def _fields_of_repr(text: object) -> dict[str, str] | None:
    """``<MultiDictProxy('userid': '1', 'appli': '4')>`` → ``{"userid": "1", "appli": "4"}``
    (the last value when a key repeats). Read as a Python literal, never evaluated."""
    if not isinstance(text, str) or len(text) > MAX_FORM_CHARS:
        return None
    if not (text.startswith(_REPR_START) and text.endswith(_REPR_END)):
        return None
    inner = text[len(_REPR_START):-len(_REPR_END)]
    try:
        fields = ast.literal_eval("{" + inner + "}")
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None
    if not isinstance(fields, dict):
        return None
    fields = {k: v for k, v in fields.items() if isinstance(k, str) and isinstance(v, str)}
    return fields or None


class WebhookListener:
    """``with WebhookListener(url, token, webhook_id) as listener: for form in
    listener.posts(): ...``: entering returns once HA has registered the webhook (a
    HassError otherwise); leaving ends the subscription, and HA drops the webhook."""

    def __init__(self, url: str, token: str, webhook_id: str, ca_file: str | None = None,
                 idle_s: float = 30) -> None:
        self._ws = HassWebsocket(url, token, ca_file=ca_file)
        self._webhook_id = webhook_id
        self._idle_s = idle_s
        self._subscription: int | None = None

    def __enter__(self) -> "WebhookListener":
        self._ws.__enter__()
        try:
            self._subscription = self._ws.subscribe(
                {"type": "subscribe_trigger", "trigger": webhook_trigger(self._webhook_id)})
        except BaseException:
            self._ws.close()
            raise
        return self

    def __exit__(self, *exc_info) -> None:
        self._ws.close()

    def posts(self) -> Iterator[dict[str, str] | None]:
        """The form of each post as it arrives, and None after every ``idle_s`` without
        one (time for other work); HassUnavailableError once HA is gone."""
        for event in self._ws.events(self._subscription, self._idle_s):
            if event is None:
                yield None
                continue
            fields = form_fields(event)
            if fields is not None:
                yield fields
