"""The sync engine's workouts and ECG streams against the simulated cloud (no Home Assistant):
incremental reads, the ECG opt-in, a stream the login may not read.

(A file of its own next to test_sync.py: these two streams are one addition to core/sync.py.)
"""

from tests.support.demo_sync import clock, cloud, session  # noqa: F401 (fixtures)
from withings_gui.core import sync_state
from withings_gui.core.sync import ECG_LATE_UPLOAD, STREAM_CADENCE, SyncEngine, SyncState
from withings_gui.core.withings.api import CURSOR_OVERLAP


def alice(cloud):
    return next(u for u in cloud.users.values() if u.name == "Alice")


def set_read_ecg(session, value: bool) -> None:
    session.ctx.update_config(lambda c: setattr(c.profiles["alice"], "read_ecg", value))


def entities(result) -> dict:
    return {e.entity_id: e for e in result.entities}


def asked(cloud, action, since=0):
    return [r.params for r in cloud.requests[since:] if r.action == action]


def test_without_the_opt_in_the_ecg_list_is_never_asked_for(session, cloud, clock):
    set_read_ecg(session, False)
    engine = SyncEngine(session.ctx, clock)
    for _ in range(3):
        [result] = engine.run_once(full=True)
        assert result.state is SyncState.OK, result.message
        clock.advance(STREAM_CADENCE["ecg"] + 1)
    assert cloud.request_count(action="list") == 0
    assert not [e for e in entities(result) if "ecg" in e]
    assert "sensor.withings_workout_type_alice" in entities(result)  # workouts: for everyone


def test_with_the_opt_in_the_latest_ecg_is_published(session, cloud, clock):
    [result] = SyncEngine(session.ctx, clock).run_once(full=True)  # the demo profile opted in
    assert result.state is SyncState.OK, result.message
    [params] = asked(cloud, "list")
    latest = max(alice(cloud).ecg, key=lambda item: item["timestamp"])
    shown = entities(result)
    word = {0: "negative", 1: "positive", 2: "inconclusive"}[latest["ecg"]["afib"]]
    assert shown["sensor.withings_ecg_afib_classification_alice"].state == word
    recorded = shown["sensor.withings_ecg_recorded_at_alice"]
    assert recorded.device_class == "timestamp" and recorded.state == recorded.measured_at
    # The next read starts a week before the newest recording seen, not from the start.
    clock.advance(STREAM_CADENCE["ecg"] + 1)
    before = len(cloud.requests)
    SyncEngine(session.ctx, clock).run_once()
    [again] = asked(cloud, "list", before)
    assert int(again["startdate"]) == latest["timestamp"] - ECG_LATE_UPLOAD
    assert int(params["startdate"]) < int(again["startdate"])


def test_workouts_are_read_incrementally_and_a_new_one_becomes_the_last(session, cloud, clock):
    engine = SyncEngine(session.ctx, clock)
    [result] = engine.run_once(full=True)
    last = max(alice(cloud).workouts, key=lambda w: w["enddate"])
    assert entities(result)["sensor.withings_workout_duration_alice"].state == \
        last["enddate"] - last["startdate"]
    cursor = sync_state.load(session.ctx.store, "alice").workouts.lastupdate
    assert cursor == max(w["modified"] for w in alice(cloud).workouts)
    # A run with the watch, uploaded now.
    now = int(clock.now)
    alice(cloud).workouts.append({
        "id": 42, "category": 2, "timezone": "Europe/Paris", "model": 1058, "attrib": 0,
        "startdate": now - 1800, "enddate": now - 300, "date": "2026-01-01", "deviceid": None,
        "modified": now, "data": {"calories": 310, "intensity": 50, "pause_duration": 0,
                                  "distance": 5012, "elevation": 31, "steps": 6100}})
    clock.advance(STREAM_CADENCE["workouts"] + 1)
    before = len(cloud.requests)
    [result] = engine.run_once()
    [params] = asked(cloud, "getworkouts", before)
    assert params["lastupdate"] == str(cursor - CURSOR_OVERLAP)
    shown = {key: entities(result)[f"sensor.withings_{key}_alice"].state
             for key in ("workout_type", "workout_distance", "workout_duration")}
    assert shown == {"workout_type": "run", "workout_distance": 5012, "workout_duration": 1500}
    # Between two reads of its cadence, workouts are not asked for.
    clock.advance(300)
    before = len(cloud.requests)
    engine.run_once()
    assert asked(cloud, "getworkouts", before) == []


def test_a_stream_the_login_may_not_read_does_not_fail_the_pass(session, cloud, clock):
    cloud.faults.add("status", path="/v2/heart", action="list", status=403, count=None,
                     error="XRequestID: [Not provided] - Insufficient_scope: The request "
                           "requires higher privileges than provided by the access token")
    engine = SyncEngine(session.ctx, clock)
    [result] = engine.run_once(full=True)
    assert result.state is SyncState.OK
    assert "ECG results: Withings does not let this login read them" in result.message
    assert result.latest_weight_kg is not None
    # Asked again at the stream's cadence, not every pass.
    clock.advance(300)
    engine.run_once()
    assert cloud.request_count(action="list") == 1
