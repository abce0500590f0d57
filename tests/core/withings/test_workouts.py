"""Workouts and ECG recordings: a real recorded reply through the client, the store and the
sensors; generated replies (hypothesis) through the parsers and the store; the incremental
reads against the simulated cloud.

(ECG parsing lives in core/withings/ecg.py, next to workouts.py; both are the "last event"
streams, tested together here.)
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.withings.conftest import log_in
from tests.core.withings.test_payload_properties import (between, date, day, hostile, items,
                                                         mostly, number, one_of, random_json,
                                                         record, response_for, small, text,
                                                         usually)
from tests.support.local_server import FormPostHandler, local_server
from withings_gui.core.config import Profile
from withings_gui.core.sensors import build_sensor_states
from withings_gui.core.store import HistoryStore
from withings_gui.core.withings.api import CURSOR_OVERLAP, WithingsClient
from withings_gui.core.withings.ecg import ECG_SCOPE, parse_heart_list
from withings_gui.core.withings.endpoints import Endpoints
from withings_gui.core.withings.envelope import unwrap
from withings_gui.core.withings.errors import ScopeMissingError, WithingsError
from withings_gui.core.withings.oauth import SCOPES
from withings_gui.core.withings.workouts import WORKOUT_FIELDS, parse_workouts

CORPUS = Path(__file__).resolve().parents[2] / "fixtures" / "withings"
NOW = 1_750_000_000.0
PROFILE = Profile("alice", read_ecg=True)


class Replay(FormPostHandler):
    answers: dict[str, bytes] = {}
    asked: list[dict[str, str]] = []

    def answer(self, form: dict[str, str]) -> bytes:
        self.asked.append(form)
        return self.answers.get(form.get("action", ""), b'{"status": 2555, "body": {}}')


@pytest.fixture
def replay(tokens):
    handler = type("ReplayHere", (Replay,), {"answers": {}, "asked": []})
    with local_server(handler) as server:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        with WithingsClient(Endpoints(auth_url=url, api_url=url), tokens,
                            clock=lambda: NOW, timeout=5) as client:
            client.handler = handler
            yield client


@pytest.fixture
def store(tmp_path):
    store = HistoryStore(tmp_path / "history.sqlite3")
    yield store
    store.close()


def states_by_entity(store) -> dict:
    states = build_sensor_states(store, PROFILE, now=NOW)
    json.dumps([state.payload() for state in states], allow_nan=False)
    return {state.entity_id: state for state in states}


@pytest.mark.hostile("a real getworkouts reply (aiowithings fixture), two passes")
def test_a_real_workouts_reply_gives_the_last_workout_as_home_assistant_shows_it(replay, store):
    replay.handler.answers = {"getworkouts": (CORPUS / "aiowithings_workouts.json").read_bytes()}
    for _ in range(2):  # the same reply again changes nothing
        batch = replay.get_workouts(None)
        store.put_workouts("alice", batch.items)
        assert len(batch.items) == 10
        sensors = states_by_entity(store)
        # The newest of the ten walks ends at 1696844638, listed ninth in the reply.
        # The next lastupdate: the newest ``modified`` seen, but not before the window asked.
        assert batch.updatetime == max(1697038119, int(NOW) - 90 * 86400)
        shown = {key: sensors[f"sensor.withings_{key}_alice"].state for key in (
            "workout_type", "workout_active_calories_burnt", "workout_distance",
            "workout_floors_climbed", "workout_intensity", "workout_pause_duration",
            "workout_duration")}
        assert shown == {"workout_type": "walk", "workout_active_calories_burnt": 24,
                         "workout_distance": 232, "workout_floors_climbed": 4,
                         "workout_intensity": 30, "workout_pause_duration": 0,
                         "workout_duration": 1696844638 - 1696844383}
    duration = sensors["sensor.withings_workout_duration_alice"]
    assert (duration.unit, duration.device_class, duration.state_class) == ("s", "duration",
                                                                              None)
    assert duration.attributes["measured_at"] == "2023-10-09T09:43:58+00:00"
    assert sensors["sensor.withings_workout_type_alice"].device_class == "enum"
    assert sensors["sensor.withings_workout_distance_alice"].unit == "m"
    [first, *_] = replay.handler.asked
    assert set(first["data_fields"].split(",")) == set(WORKOUT_FIELDS)
    # The first read asks for what changed in the last 90 days (no "everything" query).
    assert first["lastupdate"] == str(int(NOW) - 90 * 86400)


def test_unknown_categories_are_other_and_ambiguous_workouts_are_left_out():
    body = {"series": [
        {"id": 1, "category": 568, "startdate": 100, "enddate": 200, "date": "1970-01-01",
         "data": {"calories": 5}},
        {"id": 2, "category": 306, "startdate": 300, "enddate": 400, "attrib": 1},
        {"id": 3, "category": 7, "startdate": 500, "enddate": 450},  # ends before it starts
        {"id": "x", "category": 1, "startdate": 1, "enddate": 2},
    ]}
    [cooking] = parse_workouts(body)
    assert (cooking.workout_id, cooking.kind, cooking.data) == (1, "other", {"calories": 5})
    assert parse_workouts({"series": [{"id": 4, "category": 308, "startdate": 1,
                                       "enddate": 2}]})[0].kind == "indoor_cycling"


def test_heart_list_items_as_the_api_reference_shows_them():
    body = {"series": [
        {"deviceid": "892359876fd8805ac45bab078c4828692f0276b1", "model": 44,
         "ecg": {"signalid": 48, "afib": 1}, "bloodpressure": {"diastole": 100, "systole": 101},
         "heart_rate": 82, "modified": 1594159644, "timestamp": 1594159644},
        {"model": 91, "ecg": {"signalid": 49, "afib": 2}, "heart_rate": 0,
         "timestamp": 1594160000},
        {"model": 91, "ecg": {"signalid": 50, "afib": 7}, "timestamp": 1594170000},
        {"model": 44, "bloodpressure": {"diastole": 80, "systole": 120}, "timestamp": 1},
    ], "more": False, "offset": 0}
    positive, inconclusive, undocumented = parse_heart_list(body)
    assert (positive.classification, positive.heart_rate, positive.recorded_at) == (
        "positive", 82, 1594159644)
    assert (inconclusive.classification, inconclusive.heart_rate,
            inconclusive.modified) == ("inconclusive", None, 1594160000)
    assert undocumented.classification == "unknown"


def test_ecg_needs_no_scope_beyond_what_every_login_asks_for():
    # Withings' scope table: "Heart - List" is under user.metrics, asked for with getmeas.
    assert ECG_SCOPE in SCOPES.split(",")


def test_insufficient_scope_is_named():
    reply = response_for({"status": 403, "body": {}, "error": "XRequestID: [Not provided] - "
                          "Insufficient_scope: The request requires higher privileges"})
    with pytest.raises(ScopeMissingError, match="log in again"):
        unwrap(reply)


# -- generated replies ------------------------------------------------------------------------

CASES = 2_000
BATCH = 20
workout_data = record({key: number for key in (
    "calories", "distance", "elevation", "intensity", "pause_duration", "steps",
    "algo_pause_duration", "spo2_average", "manual_distance")})
workout = record({"id": mostly(between(1, 30)), "category": usually(one_of(1, 2, 7, 36, 128,
                                                                           308, 568, -1)),
                  "timezone": text, "model": small, "attrib": usually(one_of(0, 0, 1, 7)),
                  "startdate": mostly(date), "enddate": mostly(date), "date": mostly(day),
                  "deviceid": text, "data": usually(workout_data), "modified": date})
ecg_item = record({"deviceid": text, "model": usually(one_of(44, 91, 93)),
                   "ecg": usually(record({"signalid": mostly(between(1, 30)),
                                          "afib": usually(one_of(0, 1, 2, 3, None))})),
                   "bloodpressure": usually(record({"diastole": small, "systole": small})),
                   "heart_rate": usually(between(-5, 300)), "modified": date,
                   "timestamp": mostly(date)})
NEAR_REAL = {
    "getworkouts": record({"series": items(workout), "more": usually(one_of(False, True)),
                           "offset": small}),
    "heart list": record({"series": items(ecg_item), "more": usually(one_of(False, True, 0)),
                          "offset": small}),
}


def build(endpoint: str, seed: int, index: int) -> Any:
    r = random.Random(seed * BATCH + index)
    status = 0 if r.random() < 0.9 else hostile(r)
    if r.random() < 0.75:
        return {"status": status, "body": NEAR_REAL[endpoint](r)}
    return {"status": status, "body": random_json(r)}


def store_workouts(store: HistoryStore, body: dict) -> int:
    found = parse_workouts(body)
    store.put_workouts(PROFILE.slug, found)
    return len(found)


def store_ecg(store: HistoryStore, body: dict) -> int:
    found = parse_heart_list(body)
    store.put_ecg(PROFILE.slug, found)
    return len(found)


WRITERS = {"getworkouts": store_workouts, "heart list": store_ecg}


@pytest.mark.parametrize("endpoint", list(NEAR_REAL))
def test_any_reply_is_refused_by_name_or_stored_so_the_next_pass_works(tmp_path, endpoint):
    store = HistoryStore(tmp_path / "history.sqlite3")
    tally = {"stored": 0, "refused": 0, "with records": 0}

    @settings(max_examples=CASES // BATCH, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(seed=st.integers(0, 2**64 - 1))
    def batch(seed):
        for index in range(BATCH):
            payload = build(endpoint, seed, index)
            try:
                try:
                    body = unwrap(response_for(payload))
                except WithingsError:
                    tally["refused"] += 1
                    continue
                found = WRITERS[endpoint](store, body)
                before = states_by_entity(store)
                assert WRITERS[endpoint](store, body) == found  # the same reply again
                assert states_by_entity(store).keys() == before.keys()
                tally["stored"] += 1
                tally["with records"] += found > 0
            except Exception as exc:
                exc.add_note(f"build({endpoint!r}, {seed}, {index}) = {payload!r:.2000}")
                raise

    try:
        batch()
    finally:
        store.close()
    assert tally["stored"] >= CASES // 2 and tally["with records"] >= CASES // 10, tally


# -- incremental reads against the simulated cloud -----------------------------------------

def test_a_second_workouts_read_asks_only_for_what_changed(cloud, endpoints, tokens, clock):
    with WithingsClient(endpoints, tokens, clock=clock) as client:
        first = client.get_workouts(None)
        alice = next(u for u in cloud.users.values() if u.name == "Alice")
        assert {w.workout_id for w in first.items} == {w["id"] for w in alice.workouts}
        assert first.updatetime == max(w["modified"] for w in alice.workouts)
        second = client.get_workouts(first.updatetime)
    asked = [r.params for r in cloud.requests if r.action == "getworkouts"]
    assert asked[1]["lastupdate"] == str(first.updatetime - CURSOR_OVERLAP)
    # Only the workouts changed in the overlap minute come again, none older.
    assert {w.workout_id for w in second.items} == {
        w["id"] for w in alice.workouts if w["modified"] > first.updatetime - CURSOR_OVERLAP}
    assert second.updatetime == first.updatetime


def test_the_ecg_list_is_read_from_a_date_and_refused_without_its_scope(cloud, endpoints,
                                                                        secrets, paths, clock):
    from withings_gui.demo.cloud import DEMO_CLIENT_ID

    tokens = log_in(cloud, endpoints, secrets, paths, clock)
    alice = next(u for u in cloud.users.values() if u.name == "Alice")
    since = int(clock()) - 30 * 86400
    with WithingsClient(endpoints, tokens, clock=clock) as client:
        found = client.get_ecg(since)
    assert {r.signalid for r in found} == {
        item["ecg"]["signalid"] for item in alice.ecg if item["timestamp"] >= since}
    # A login that did not grant user.metrics (scope as Withings hands it back).
    state = "s"
    redirect = cloud.authorize_headless(alice.userid, DEMO_CLIENT_ID,
                                        "https://ha.example.com/auth/external/callback",
                                        state, "user.activity")
    from withings_gui.core.withings.oauth import exchange_code, parse_redirect
    from withings_gui.demo.cloud import DEMO_CLIENT_SECRET

    code = parse_redirect(redirect, "https://ha.example.com/auth/external/callback", state)
    tokens.save(exchange_code(endpoints, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, code,
                              "https://ha.example.com/auth/external/callback", clock))
    with WithingsClient(endpoints, tokens, clock=clock) as client:
        with pytest.raises(ScopeMissingError):
            client.get_ecg(since)
        assert client.get_workouts(None).items  # user.activity was granted


# -- to a real Home Assistant ---------------------------------------------------------------

HEART_LIST = {"status": 0, "body": {"series": [  # the API reference's example item
    {"deviceid": "892359876fd8805ac45bab078c4828692f0276b1", "model": 44,
     "ecg": {"signalid": 48, "afib": 1}, "bloodpressure": {"diastole": 100, "systole": 101},
     "heart_rate": 82, "modified": 1594159644, "timestamp": 1594159644}],
    "more": False, "offset": 0}}


@pytest.mark.ha
def test_the_last_workout_and_ecg_reach_home_assistant_with_units_and_classes(
        replay, store, fresh_hass, tmp_path):
    from tests.core.hass.conftest import App

    replay.handler.answers = {
        "getworkouts": (CORPUS / "aiowithings_workouts.json").read_bytes(),
        "list": json.dumps(HEART_LIST).encode()}
    store.put_workouts("alice", replay.get_workouts(None).items)
    store.put_ecg("alice", replay.get_ecg(1))
    app = App(tmp_path / "cfg")
    try:
        report = app.publisher(fresh_hass).publish(build_sensor_states(store, PROFILE,
                                                                       now=NOW))
    finally:
        app.outbox.close()
    assert (report.error, report.pending) == (None, 0)
    states = fresh_hass.states()

    def shown(key):
        entity = states[f"sensor.withings_{key}_alice"]
        attributes = entity["attributes"]
        return (entity["state"], attributes.get("unit_of_measurement"),
                attributes.get("device_class"), attributes.get("state_class"))

    assert shown("workout_type") == ("walk", None, "enum", None)
    assert shown("workout_active_calories_burnt") == ("24", "kcal", None, None)
    assert shown("workout_distance") == ("232", "m", "distance", None)
    assert shown("workout_floors_climbed") == ("4", "m", "distance", None)
    assert shown("workout_intensity") == ("30", None, None, None)
    assert shown("workout_pause_duration") == ("0", "s", "duration", None)
    assert shown("workout_duration") == ("255", "s", "duration", None)
    assert states["sensor.withings_workout_type_alice"]["attributes"]["measured_at"] == \
        "2023-10-09T09:43:58+00:00"
    assert shown("ecg_afib_classification") == ("positive", None, "enum", None)
    assert shown("ecg_recorded_at") == ("2020-07-07T22:07:24+00:00", None, "timestamp", None)
    assert states["sensor.withings_ecg_afib_classification_alice"]["attributes"][
        "heart_rate_bpm"] == 82
