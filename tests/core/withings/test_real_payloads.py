"""Real Withings replies (tests/fixtures/withings) through the client, the store and the sensors.

Each reply is served over HTTP on 127.0.0.1 to the real WithingsClient (logged in against the
simulated cloud, whose token the replay server does not check), stored in a HistoryStore and
turned into sensor states, exactly as a sync pass does. A second pass with the same replies
must change nothing and must not fail.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from tests.support.local_server import FormPostHandler, local_server
from withings_gui.core.config import Profile
from withings_gui.core.sensors import build_sensor_states
from withings_gui.core.store import HistoryStore
from withings_gui.core.sync import MAX_REQUESTS_PER_PASS, SyncEngine, _Budget, _Pass
from withings_gui.core.sync_state import SavedSyncState
from withings_gui.core.units import to_pounds
from withings_gui.core.withings.api import WithingsClient
from withings_gui.core.withings.endpoints import Endpoints
from withings_gui.core.withings.measures import Device, Goals

CORPUS = Path(__file__).resolve().parents[2] / "fixtures" / "withings"
NOW = 1_750_000_000.0  # after every date in the corpus


def fixture(name: str):
    return json.loads((CORPUS / name).read_text(encoding="utf-8"))


def ok(body) -> bytes:
    return json.dumps({"status": 0, "body": body}).encode()


def group_list(name: str) -> bytes:
    return ok({"measuregrps": fixture(name), "more": False, "offset": 0})


MEASURES = {
    "aiowithings_measurement_positions.json":
        lambda: group_list("aiowithings_measurement_positions.json"),
    "ha_get_meas.json": lambda: ok(fixture("ha_get_meas.json")),
    "ha_measurements.json": lambda: group_list("ha_measurements.json"),
}
DEVICES = {
    "aiowithings_device.json": lambda: (CORPUS / "aiowithings_device.json").read_bytes(),
    "ha_get_device.json": lambda: ok(fixture("ha_get_device.json")),
}


def replies(measures="aiowithings_measurement_positions.json",
            devices="aiowithings_device.json") -> dict[str, bytes]:
    """What the replay server answers, by ``action``."""
    return {
        "getmeas": MEASURES[measures](),
        "getsummary": ok({"series": fixture("ha_sleep_summaries.json"), "more": False,
                          "offset": 0}),
        "getactivity": (CORPUS / "aiowithings_activity.json").read_bytes(),
        "getdevice": DEVICES[devices](),
        "getgoals": ok({"goals": fixture("ha_goals.json")}),
    }


class Replay(FormPostHandler):
    answers: dict[str, bytes] = {}
    asked: list[str] = []

    def answer(self, form: dict[str, str]) -> bytes:
        action = form.get("action", "")
        self.asked.append(action)
        return self.answers.get(action, b'{"status": 2555, "body": {}}')


@pytest.fixture
def replay(tokens):
    """A client that reaches the replay server; ``client.answers`` sets its replies."""
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


def sync_pass(client, store, slug="alice") -> tuple[int, list]:
    """Every stream, as SyncEngine fetches it, then the states HA would be sent."""
    progress, budget = _Pass(), _Budget(MAX_REQUESTS_PER_PASS)
    saved = SavedSyncState(store, slug)
    SyncEngine._fetch_measures(client, store, saved, NOW, progress, budget)
    for stream in ("sleep", "activity", "devices", "goals"):
        assert SyncEngine._fetch_stream(client, store, saved, stream, NOW, budget, progress)
    states = build_sensor_states(store, Profile(slug, unit="both"), now=NOW)
    # What the publisher sends: it must be plain JSON (HA refuses NaN and Infinity).
    json.dumps([state.payload() for state in states], allow_nan=False)
    return progress.new_measurements, states


def by_entity(states) -> dict:
    return {state.entity_id: state for state in states}


@pytest.mark.hostile("real Withings replies (aiowithings, HA fixtures), two passes")
def test_a_whole_account_of_real_replies_syncs_twice(replay, store):
    replay.handler.answers = replies()
    new, states = sync_pass(replay, store)
    assert sorted(set(replay.handler.asked)) == ["getactivity", "getdevice", "getgoals",
                                                 "getmeas", "getsummary"]
    # Two Body Scan weigh-ins: 11 whole-body types each once the twice-listed measures are
    # merged, and fat-free, fat and muscle mass for each of the 5 segments.
    assert new == store.count("alice") == 52
    sensors = by_entity(states)
    weight = sensors["sensor.withings_weight_kg_alice"]
    assert weight.state == 96.44 and repr(weight.state) == "96.44"  # 96440 × 10^-3
    assert weight.attributes["measured_at"] == "2024-01-11T02:05:44+00:00"
    assert sensors["sensor.withings_weight_lbs_alice"].state == to_pounds(96.44)
    assert sensors["sensor.withings_fat_ratio_pct_alice"].state == 18.457
    assert store.latest("alice", 170).value == 3.1  # visceral fat, unit -1
    # Segments by Withings' position (aiowithings' MeasurementPosition): the newest group's.
    segments = {key: sensors[f"sensor.withings_{key}_alice"].state for key in (
        "fat_free_mass_torso_kg", "fat_mass_left_arm_kg", "fat_mass_right_arm_kg",
        "muscle_mass_left_leg_kg", "muscle_mass_right_leg_kg")}
    assert segments == {"fat_free_mass_torso_kg": 40.49, "fat_mass_left_arm_kg": 1.03,
                        "fat_mass_right_arm_kg": 0.99, "muscle_mass_left_leg_kg": 13.09,
                        "muscle_mass_right_leg_kg": 13.29}
    assert sensors["sensor.withings_fat_mass_left_arm_lbs_alice"].state == to_pounds(1.03)
    assert sensors["sensor.withings_fat_mass_left_arm_kg_alice"].unit == "kg"
    # Whole-body types sent with position 7 feed the usual sensors.
    assert sensors["sensor.withings_fat_free_mass_kg_alice"].state == 78.63
    assert store.series("alice", 1) == [(1704769719, 95.854), (1704938744, 96.44)]
    # Sleep: the newest night of the five, whatever their order in the reply.
    sleep = store.latest_summary("alice", "sleep")
    assert (sleep.date, sleep.data["sleep_score"], sleep.data["sleep_efficiency"]) == (
        "2021-04-18", 37, 0.86)
    assert sensors["sensor.withings_sleep_score_alice"].state == 37
    # Activity: the decimals Withings sent are kept.
    activity = store.latest_summary("alice", "activity")
    assert (activity.date, activity.data["steps"], activity.data["distance"]) == (
        "2023-10-21", 1155, 1020.121)
    assert sensors["sensor.withings_steps_today_alice"].state == 1155
    # The device listed five times is one device, its most recently used entry.
    assert store.devices("alice") == [Device("f998be4b9ccc9e136fd8cd8e8e344c31ec3b271d",
                                             "Scale", "Body+", "high", 1693867179)]
    assert store.goals("alice") == Goals(10000, 28800, 70.5)

    again, states_again = sync_pass(replay, store)
    assert again == 0 and store.count("alice") == 52
    assert [s.payload() for s in states_again] == [s.payload() for s in states]


@pytest.mark.hostile("real Withings replies (aiowithings, HA fixtures), two passes")
@pytest.mark.parametrize("measures", ["ha_get_meas.json", "ha_measurements.json"])
def test_a_group_listed_three_times_keeps_its_newest_version(replay, store, measures):
    # grpid 1 comes three times: the newest unambiguous version (created 1564660800) wins,
    # the attrib-1 one is not the user's, and no pass mixes the versions' types.
    replay.handler.answers = replies(measures=measures, devices="ha_get_device.json")
    new, states = sync_pass(replay, store)
    groups = fixture(measures)
    newest = (groups["measuregrps"] if isinstance(groups, dict) else groups)[0]
    kept = {m.meastype: m for m in store.latest_by_type("alice").values()}
    assert new == len(kept) == len({m["type"] for m in newest["measures"]})
    assert kept[1].value == 70.0 and kept[1].measured_at == 1564660800
    assert kept[6].value == 0.07 and kept[54].value == 0.95  # 70 × 10^-3, 95 × 10^-2
    sensors = by_entity(states)
    assert sensors["sensor.withings_weight_kg_alice"].state == 70
    if 196 in kept:  # Body Scan's feet (ha_measurements.json): electrodermal activity in %
        eda = sensors["sensor.withings_electrodermal_activity_feet_pct_alice"]
        assert (eda.state, eda.unit) == (102, "%")
    # The version listed as unassigned (attrib 1) takes nothing away from the user's own
    # readings of that group, and is not counted as waiting to be assigned.
    assert store.unassigned("alice") == (0, None)
    assert len(store.devices("alice")) == 1
    for _ in range(2):
        assert sync_pass(replay, store)[0] == 0
    assert {m.meastype: m for m in store.latest_by_type("alice").values()} == kept


@pytest.mark.hostile("real Withings replies (aiowithings, HA fixtures), two passes")
def test_every_value_in_the_corpus_is_a_finite_number_in_the_store(replay, store):
    for measures in MEASURES:
        replay.handler.answers = replies(measures=measures)
        sync_pass(replay, store, slug=measures.split(".")[0].replace("-", "_"))
    for slug in ("aiowithings_measurement_positions", "ha_get_meas", "ha_measurements"):
        rows = store.latest_by_type(slug).values()
        assert rows and all(math.isfinite(m.value) for m in rows)
