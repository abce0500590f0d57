"""The webhook trigger over HA's websocket: what both releases accept and deliver."""

from __future__ import annotations

import secrets

import pytest
import requests
from hypothesis import given, strategies as st

from withings_gui.core.hass.errors import HassCommandError, HassUnavailableError
from withings_gui.core.hass.webhook_trigger import (MAX_FORM_CHARS, WebhookListener,
                                                    form_fields, webhook_trigger)
from withings_gui.core.hass.websocket import HassWebsocket

WITHINGS_FORM = {"userid": "1234567", "appli": "1", "startdate": "1701590400",
                 "enddate": "1701590460"}


def multidict_repr(pairs: list[tuple[str, str]]) -> str:
    """What aiohttp's MultiDictProxy.__repr__ gives (multidict's _base.py)."""
    body = ", ".join(f"{key!r}: {value!r}" for key, value in pairs)
    return f"<MultiDictProxy({body})>"


def trigger_event(data: object) -> dict:
    """A subscribe_trigger event as both releases send it (seen on the wire)."""
    return {"variables": {"trigger": {"platform": "webhook", "webhook_id": "x", "data": data,
                                      "query": {"__type": "<class 'multidict...'>",
                                                "repr": "<MultiDictProxy()>"},
                                      "description": "webhook", "id": "0", "idx": "0",
                                      "alias": None}},
            "context": None}


def test_form_fields_reads_the_repr_ha_sends():
    event = trigger_event({"__type": "<class 'multidict._multidict.MultiDictProxy'>",
                           "repr": multidict_repr(list(WITHINGS_FORM.items()))})
    assert form_fields(event) == WITHINGS_FORM


@pytest.mark.hostile("forms posted to the push webhook")
@given(st.lists(st.tuples(st.text(max_size=40), st.text(max_size=40)), max_size=8))
def test_any_posted_form_reads_back_as_posted(pairs):
    event = trigger_event({"__type": "MultiDictProxy", "repr": multidict_repr(pairs)})
    expected = dict(pairs) or None
    if expected is not None and len(multidict_repr(pairs)) > MAX_FORM_CHARS:
        expected = None
    assert form_fields(event) == expected


@pytest.mark.hostile("forms posted to the push webhook")
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=60),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=10), inner, max_size=4), max_leaves=20))
def test_any_event_shape_gives_fields_or_none(event):
    fields = form_fields(event)
    assert fields is None or all(isinstance(k, str) and isinstance(v, str)
                                 for k, v in fields.items())


@pytest.mark.parametrize("text", [
    "<MultiDictProxy('a': __import__('os'))>",     # not a literal: never evaluated
    "<MultiDictProxy('a': 'b'}, {'c': 'd')>",       # not one dict
    "<MultiDictProxy(" + "(" * 3000 + ")>",         # nesting
    "<CIMultiDictProxy('a': 'b')>",                 # another type
    "<MultiDictProxy('a': 1)>",                     # not text
])
def test_what_is_not_a_form_is_none(text):
    assert form_fields(trigger_event({"repr": text})) is None


def test_a_json_post_is_not_a_form():
    event = trigger_event(None)
    event["variables"]["trigger"]["json"] = {"userid": 1}
    assert form_fields(event) is None


# -- on the real Home Assistant releases ------------------------------------------------------

@pytest.mark.ha
def test_a_withings_post_reaches_the_listener(hass_server):
    webhook_id = secrets.token_hex(16)
    url = f"{hass_server.url}/api/webhook/{webhook_id}"
    with WebhookListener(hass_server.url, hass_server.token, webhook_id) as listener:
        # Withings checks the address with HEAD before it subscribes it.
        assert requests.head(url, timeout=10).status_code == 200
        assert requests.post(url, data=WITHINGS_FORM, timeout=10).status_code == 200
        assert next(listener.posts()) == WITHINGS_FORM  # the HEAD was no event


@pytest.mark.ha
def test_head_is_no_event_and_get_is_refused(hass_server):
    webhook_id = secrets.token_hex(16)
    url = f"{hass_server.url}/api/webhook/{webhook_id}"
    with HassWebsocket(hass_server.url, hass_server.token) as ws:
        subscription = ws.subscribe({"type": "subscribe_trigger",
                                     "trigger": webhook_trigger(webhook_id)})
        assert requests.head(url, timeout=10).status_code == 200
        assert requests.get(url, timeout=10).status_code == 405
        events = ws.events(subscription, idle_s=1)
        assert next(events) is None  # a second of silence: neither was an event
        requests.post(url, data={"appli": "4"}, timeout=10)
        assert next(events) is not None


@pytest.mark.ha
def test_ha_answers_200_to_a_webhook_nobody_listens_to(hass_server):
    """Why a missed notification is not retried by Withings (docs/HOME_ASSISTANT_API.md):
    HA answers every id alike, so as not to tell which exist."""
    url = f"{hass_server.url}/api/webhook/{secrets.token_hex(16)}"
    assert requests.head(url, timeout=10).status_code == 200
    assert requests.post(url, data=WITHINGS_FORM, timeout=10).status_code == 200


@pytest.mark.ha
def test_a_bad_trigger_is_refused_with_has_reason(hass_server):
    with HassWebsocket(hass_server.url, hass_server.token) as ws:
        with pytest.raises(HassCommandError, match="subscribe_trigger"):
            ws.subscribe({"type": "subscribe_trigger",
                          "trigger": {**webhook_trigger("x"), "allowed_methods": ["PATCH"]}})


@pytest.mark.ha
def test_the_listener_ends_when_home_assistant_stops(fresh_hass):
    with WebhookListener(fresh_hass.url, fresh_hass.token, secrets.token_hex(16),
                         idle_s=2) as listener:
        fresh_hass.stop()
        with pytest.raises(HassUnavailableError):
            for _ in listener.posts():
                pass
