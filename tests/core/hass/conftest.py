"""Shared pieces for the Home Assistant tests: sensor states, publishers, an event log."""

from __future__ import annotations

import itertools
import json
import threading

import pytest
import websocket
from keyring.backends import fail

from withings_gui.core.hass.client import HassApi
from withings_gui.core.hass.naming import entity_id, sensor_name, unique_id
from withings_gui.core.hass.outbox import Outbox
from withings_gui.core.hass.publisher import MobileAppPublisher, SensorState
from withings_gui.core.paths import resolve_paths
from withings_gui.core.secrets import HA_WEBHOOK, SecretStore

EVENT_TIMEOUT = 30
_sentinels = itertools.count()


def weight(value, profile="alice", measured_at="2024-03-01T07:00:00+00:00", key="weight_kg"):
    return SensorState(unique_id(key, profile), entity_id(key, profile), sensor_name(key, profile),
                       value, "kg", "weight", "measurement", "mdi:scale-bathroom",
                       {"measured_at": measured_at, "profile": profile})


def fat_ratio(value, profile="alice", measured_at="2024-03-01T07:00:00+00:00"):
    key = "fat_ratio_pct"
    return SensorState(unique_id(key, profile), entity_id(key, profile), sensor_name(key, profile),
                       value, "%", None, "measurement", "mdi:percent",
                       {"measured_at": measured_at, "profile": profile})


class App:
    """One install of the app: its config folder, secrets and outbox (the store file)."""

    def __init__(self, root):
        self.paths = resolve_paths(root).ensure()
        self.secrets = SecretStore(self.paths, backend=fail.Keyring())
        self.outbox = Outbox(self.paths.store_file)

    def publisher(self, hass, token=None, device_id="device-1", outbox=None,
                  url=None) -> MobileAppPublisher:
        return MobileAppPublisher(HassApi(url or hass.url, token or hass.token), self.secrets,
                                  outbox or self.outbox, device_id, "0.1.0")

    def webhook_id(self) -> str | None:
        stored = self.secrets.get(HA_WEBHOOK)
        return json.loads(stored)["webhook_id"] if stored else None


@pytest.fixture
def app(tmp_path):
    app = App(tmp_path / "cfg")
    yield app
    app.outbox.close()


class StateChanges:
    """HA's state_changed events, as HA fired them, read from a websocket subscription.

    ``settle()`` writes a sentinel state and waits for its event: HA delivers events in
    order, so every change caused before the call has arrived by then (no sleeping).
    """

    def __init__(self, hass):
        self._hass = hass
        self._events: list[dict] = []
        self._cond = threading.Condition()
        self._conn = websocket.create_connection(
            f"ws://127.0.0.1:{hass.port}/api/websocket", timeout=EVENT_TIMEOUT)
        self._conn.recv()
        self._conn.send(json.dumps({"type": "auth", "access_token": hass.token}))
        assert json.loads(self._conn.recv())["type"] == "auth_ok"
        self._conn.send(json.dumps({"id": 1, "type": "subscribe_events",
                                    "event_type": "state_changed"}))
        assert json.loads(self._conn.recv())["success"]
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self):
        try:
            while True:
                message = json.loads(self._conn.recv())
                if message.get("type") == "event":
                    with self._cond:
                        self._events.append(message["event"]["data"])
                        self._cond.notify_all()
        except Exception:  # the connection closed
            with self._cond:
                self._cond.notify_all()

    def settle(self, entity_prefix="sensor.") -> list[tuple[str, str]]:
        """(entity_id, new state) of every change so far, in order; the log is then cleared."""
        sentinel = f"sentinel-{next(_sentinels)}"
        self._hass.rest("POST", "/api/states/test.sentinel", {"state": sentinel})
        with self._cond:
            arrived = self._cond.wait_for(lambda: any(
                (e.get("new_state") or {}).get("state") == sentinel for e in self._events),
                timeout=EVENT_TIMEOUT)
            assert arrived, "HA's event for the sentinel never arrived"
            events, self._events = self._events, []
        changes = []
        for event in events:
            if event["entity_id"].startswith(entity_prefix) and event.get("new_state") \
                    and not _only_renamed(event):
                changes.append((event["entity_id"], event["new_state"]["state"]))
        return changes

    def close(self):
        self._conn.close()


def _only_renamed(event: dict) -> bool:
    """HA wrote the same state again with only another friendly name: the app set a new
    sensor's registry name (once, on HA 2026; see registry_tidy). Not a change of value."""
    old, new = event.get("old_state") or {}, event.get("new_state") or {}
    if not old or old.get("state") != new.get("state"):
        return False
    before, after = dict(old.get("attributes") or {}), dict(new.get("attributes") or {})
    renamed = before.pop("friendly_name", None) != after.pop("friendly_name", None)
    return renamed and before == after


@pytest.fixture
def changes_of():
    opened = []

    def open_(hass) -> StateChanges:
        log = StateChanges(hass)
        opened.append(log)
        return log
    yield open_
    for log in opened:
        log.close()
