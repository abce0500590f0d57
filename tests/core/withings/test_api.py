"""Data calls against the simulated cloud: requests sent, pagination, cursors, each error named."""

import http.server
import json
import math
from decimal import Decimal
from urllib.parse import parse_qsl

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.withings.conftest import PAGE_SIZE, alice, log_in
from tests.support.local_server import local_server
from withings_gui.core.catalog import MEASTYPES, measure_spec
from withings_gui.core.config import Profile
from withings_gui.core.sensors import build_sensor_states
from withings_gui.core.store import HistoryStore
from withings_gui.core.withings.api import (CURSOR_OVERLAP, MAX_PAGES_PER_CALL, SUMMARY_BACKFILL,
                                            Resume, WithingsClient)
from withings_gui.core.withings.endpoints import Endpoints
from withings_gui.core.withings.errors import (AuthRevokedError, RateLimitedError,
                                               WithingsError, WithingsNetworkError,
                                               WithingsServerError)
from withings_gui.core.withings.measures import decode_value
from withings_gui.core.withings.summary_fields import ACTIVITY_FIELDS, SLEEP_SUMMARY_FIELDS


@pytest.fixture
def client(endpoints, tokens, clock):
    with WithingsClient(endpoints, tokens, clock, timeout=2) as client:
        yield client


def sent(cloud, action):
    """The parameters of each request with this action, in order (secrets masked)."""
    return [r.params for r in cloud.requests if r.action == action]


def real_groups(cloud):
    return [g for g in cloud.measure_groups(alice(cloud)) if g["category"] == 1]


def test_full_history_uses_exactly_the_pages_needed(client, cloud, clock):
    batch = client.get_measures(None)
    groups = real_groups(cloud)
    pages = math.ceil(len(groups) / PAGE_SIZE)
    assert pages >= 3
    assert cloud.request_count(action="getmeas") == client.request_count == pages
    params = sent(cloud, "getmeas")
    assert all(p["category"] == "1" and "lastupdate" not in p for p in params)
    assert [p.get("offset") for p in params] == \
        [None] + [str(PAGE_SIZE * page) for page in range(1, pages)]
    assert {m.grpid for m in batch.measurements} == \
        {g["grpid"] for g in groups if g["attrib"] != 1}
    assert {u.grpid for u in batch.unassigned} == \
        {g["grpid"] for g in groups if g["attrib"] == 1}
    assert batch.updatetime == int(clock.now)  # Withings' updatetime, not this machine's


def test_values_are_value_times_ten_to_the_unit(client, cloud):
    got = {(m.grpid, m.meastype, m.position): m.value
           for m in client.get_measures(None).measurements}
    group = next(g for g in reversed(real_groups(cloud)) if g["attrib"] == 0)
    assert any("position" in measure for measure in group["measures"])  # a Body Scan's
    for measure in group["measures"]:
        assert got[(group["grpid"], measure["type"], measure.get("position"))] == \
            decode_value(measure["value"], measure["unit"])
    assert 40 < got[(group["grpid"], 1, None)] < 120  # a weight in kg


def test_lastupdate_zero_is_the_full_history_too(client, cloud):
    batch = client.get_measures(0)
    assert "lastupdate" not in sent(cloud, "getmeas")[0] and len(batch.measurements) > 1000


def test_lastupdate_returns_only_what_changed(client, cloud, clock):
    first = client.get_measures(None)
    clock.advance(600)
    grpid = cloud.add_measure_group(alice(cloud), int(clock.now) - 60, [(1, 71.5), (6, 20.5)])
    before = cloud.request_count(action="getmeas")
    second = client.get_measures(first.updatetime)
    assert cloud.request_count(action="getmeas") == before + 1  # one page, no more
    # Asked from a minute before the cursor: a change in the cursor's own second is not lost.
    assert sent(cloud, "getmeas")[-1]["lastupdate"] == str(first.updatetime - CURSOR_OVERLAP)
    assert {(m.grpid, m.meastype, m.value) for m in second.measurements} == {
        (grpid, 1, 71.5), (grpid, 6, 20.5)}
    assert second.updatetime == int(clock.now)
    clock.advance(5)
    third = client.get_measures(second.updatetime)
    # Only the group inside the overlap comes again (the store recognises it), and the
    # cursor moves on.
    assert {m.grpid for m in third.measurements} == {grpid}
    assert third.updatetime == int(clock.now)
    clock.advance(CURSOR_OVERLAP + 1)
    fourth = client.get_measures(third.updatetime)
    assert client.get_measures(fourth.updatetime).measurements == []  # out of the overlap


def test_only_unassigned_groups_are_held_back_and_listed(client, cloud, clock):
    first = client.get_measures(None)
    clock.advance(60)
    held = cloud.add_measure_group(alice(cloud), int(clock.now), [(1, 90.0)], attrib=1)
    kept = {cloud.add_measure_group(alice(cloud), int(clock.now), [(1, 60.0)], attrib=attrib)
            for attrib in (4, 2, 3, 17, 10009, 10010)}
    batch = client.get_measures(first.updatetime)
    assert {m.grpid for m in batch.measurements} == kept
    assert [(u.grpid, u.measured_at) for u in batch.unassigned] == [(held, int(clock.now))]


def test_summaries_devices_goals(client, cloud, clock):
    sleep, activity = client.get_sleep(None), client.get_activity(None)
    nights, night_cursor = sleep.items, sleep.updatetime
    days, day_cursor = activity.items, activity.updatetime
    user = cloud.users[alice(cloud)]
    since = int(clock.now) - SUMMARY_BACKFILL
    assert [n.date for n in nights] == [n["date"] for n in user.sleep if n["modified"] > since]
    assert len(nights) >= 80 and set(nights[-1].data) == set(SLEEP_SUMMARY_FIELDS)
    assert len(days) >= 80 and days[-1].data["steps"] > 0
    assert set(days[-1].data) >= set(ACTIVITY_FIELDS) and "brand" not in days[-1].data
    assert night_cursor == max(n.modified for n in nights)
    assert day_cursor == max(d.modified for d in days)
    for action, fields in (("getsummary", SLEEP_SUMMARY_FIELDS), ("getactivity", ACTIVITY_FIELDS)):
        [params] = sent(cloud, action)
        assert set(params["data_fields"].split(",")) == set(fields)
        assert params["lastupdate"] == str(since)
    assert {(d.model, d.battery) for d in client.get_devices()} == {
        ("Body Cardio", "high"), ("Body Scan", "high"), ("Aura Sensor V2", "high")}
    goals = client.get_goals()
    assert (goals.steps, goals.sleep_seconds, goals.weight_kg) == (10000, 28800, 65.0)


def test_summaries_page_through_and_keep_their_cursor(clock, paths, secrets):
    from withings_gui.demo.cloud import SimulatedCloud

    with SimulatedCloud(seed=3, clock=clock, page_size=20) as small:
        endpoints = Endpoints(small.url, small.url)
        with WithingsClient(endpoints, log_in(small, endpoints, secrets, paths, clock),
                            clock, timeout=5) as client:
            nights = client.get_sleep(None)
            days = client.get_activity(None)
            user = small.users[alice(small)]
            since = int(clock.now) - SUMMARY_BACKFILL
            expected_nights = [n for n in user.sleep if n["modified"] > since]
            expected_days = [d for d in user.activity if d["modified"] > since]
            assert small.request_count(action="getsummary") == math.ceil(len(expected_nights) / 20)
            assert small.request_count(action="getactivity") == math.ceil(len(expected_days) / 20)
            assert [n.date for n in nights.items] == [n["date"] for n in expected_nights]
            assert [d.date for d in days.items] == [d["date"] for d in expected_days]
            # Nothing new: one request each, the cursors stay where they were, and only what
            # changed within the overlap minute before them comes again.
            before = small.request_count()
            again = client.get_sleep(nights.updatetime)
            assert again.updatetime == nights.updatetime
            assert again.items == [n for n in nights.items
                                   if n.modified > nights.updatetime - CURSOR_OVERLAP]
            again = client.get_activity(days.updatetime)
            assert again.updatetime == days.updatetime
            assert again.items == [d for d in days.items
                                   if d.modified > days.updatetime - CURSOR_OVERLAP]
            assert small.request_count() == before + 2


@pytest.mark.parametrize("fault, error, message", [
    ({"kind": "status", "status": 601, "retry_after": 120}, RateLimitedError, "waiting 120 s"),
    ({"kind": "status", "status": 601}, RateLimitedError, "waiting 60 s"),
    ({"kind": "status", "status": 401}, AuthRevokedError, "re-authorize"),
    ({"kind": "status", "status": 100}, AuthRevokedError, "re-authorize"),
    ({"kind": "status", "status": 101}, AuthRevokedError, "re-authorize"),
    ({"kind": "status", "status": 102}, AuthRevokedError, "re-authorize"),
    ({"kind": "status", "status": 200}, AuthRevokedError, "re-authorize"),
    ({"kind": "status", "status": 522}, WithingsServerError, "status 522"),
    ({"kind": "status", "status": 503}, WithingsServerError, "invalid"),
    ({"kind": "status", "status": 2555}, WithingsServerError, "status 2555"),
    ({"kind": "status", "status": 247}, WithingsError, "status 247"),
    ({"kind": "http", "status": 502}, WithingsServerError, "HTTP 502"),
    ({"kind": "http", "status": 500}, WithingsServerError, "HTTP 500"),
    ({"kind": "http", "status": 429}, RateLimitedError, "waiting 60 s"),
    ({"kind": "malformed"}, WithingsServerError, "not valid JSON"),
    ({"kind": "revoke"}, AuthRevokedError, "re-authorize"),
    ({"kind": "delay", "seconds": 3}, WithingsNetworkError, "did not answer in time"),
])
def test_faults_become_named_errors(client, cloud, fault, error, message):
    options = dict(fault)
    # Every time: a refused token is renewed and tried once more before it counts as revoked.
    cloud.faults.add(options.pop("kind"), path="/v2/user", action="getgoals", count=None,
                     **options)
    refreshes = cloud.tokens.refresh_count
    with pytest.raises(error, match=message) as caught:
        client.get_goals()
    if error is RateLimitedError:
        assert caught.value.retry_after == fault.get("retry_after", 60)
    retried = error is AuthRevokedError and fault["kind"] != "revoke"
    assert client.request_count == (2 if retried else 1)
    assert cloud.tokens.refresh_count - refreshes == (1 if retried else 0)


@pytest.mark.parametrize("status", [401, 100, 101, 102, 200])
def test_a_token_refused_once_is_renewed_and_the_call_succeeds(client, cloud, status):
    cloud.faults.add("status", path="/v2/user", action="getgoals", status=status, count=1)
    assert client.get_goals().steps == 10000
    assert client.request_count == 2 and cloud.tokens.refresh_count == 1


def test_an_expired_login_at_withings_is_named(client, cloud):
    cloud.tokens.revoke_user(None)  # e.g. the user removed the app in their Withings account
    with pytest.raises(AuthRevokedError, match="re-authorize") as caught:
        client.get_devices()
    # The data call's 401 leads to one renewal, which Withings refuses as well.
    assert caught.value.status == 503 and "invalid refresh_token" in str(caught.value)


def test_truncated_pagination_fails_without_half_a_result(client, cloud):
    cloud.faults.add("truncated", path="/measure", action="getmeas")
    with pytest.raises(WithingsServerError, match="HTTP 500"):
        client.get_measures(None)
    assert cloud.request_count(action="getmeas") == 2


def test_unreachable_withings(tokens, clock):
    nowhere = Endpoints("http://127.0.0.1:9", "http://127.0.0.1:9")
    with WithingsClient(nowhere, tokens, clock) as dead:
        with pytest.raises(WithingsNetworkError, match="Could not reach Withings"):
            dead.get_goals()


def test_rate_limit_of_the_cloud_itself(client, cloud):
    with pytest.raises(RateLimitedError) as caught:
        for _ in range(130):
            client.get_goals()
    assert client.request_count == 121  # Withings allows 120 a minute
    assert 0 < caught.value.retry_after <= 60


class EndlessPages(http.server.BaseHTTPRequestHandler):
    """A server that always says there is one more page (at a new offset)."""
    protocol_version = "HTTP/1.1"
    offsets: list = []

    def log_message(self, format, *args):
        pass

    def do_POST(self):
        form = dict(parse_qsl(self.rfile.read(int(self.headers["Content-Length"])).decode()))
        offset = int(form.get("offset") or 0)
        self.offsets.append(offset)
        group = {"grpid": 1000 + offset, "attrib": 0, "date": 1_700_000_000 + offset,
                 "created": 1_700_000_000, "modified": 1_700_000_000, "category": 1,
                 "measures": [{"value": 70000 + offset, "type": 1, "unit": -3}]}
        body = json.dumps({"status": 0, "body": {"updatetime": 1_700_000_500, "more": 1,
                                                 "offset": offset + 1,
                                                 "measuregrps": [group]}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.mark.hostile("server always answering more=1")
def test_a_server_that_always_says_more_gets_a_capped_number_of_requests(tokens, clock,
                                                                         cloud):
    offsets = []
    handler = type("Endless", (EndlessPages,), {"offsets": offsets})
    with local_server(handler) as server:
        endless = Endpoints(cloud.url, f"http://127.0.0.1:{server.server_address[1]}")
        with WithingsClient(endless, tokens, clock, timeout=5) as client:
            first = client.get_measures(1_600_000_000)
            assert client.request_count == len(offsets) == MAX_PAGES_PER_CALL
            # What was read is kept; where to go on is said; the cursor is not moved yet.
            assert len(first.measurements) == MAX_PAGES_PER_CALL
            assert first.resume == Resume(1_600_000_000 - CURSOR_OVERLAP, MAX_PAGES_PER_CALL,
                                          1_700_000_500, True)
            second = client.get_measures(1_600_000_000, first.resume, max_pages=3)
    assert offsets[MAX_PAGES_PER_CALL:] == [MAX_PAGES_PER_CALL + n for n in range(3)]
    assert second.resume.offset == MAX_PAGES_PER_CALL + 3
    assert second.resume.cursor == 1_700_000_500  # still the first page's updatetime
    assert Resume.from_json(second.resume.to_json()) == second.resume


# Any getmeas group Withings could send: types known and not, segments, units, attributions.
_SEGMENTAL = (173, 174, 175)
_mantissas = st.integers(-10**7, 10**9)
_units = st.integers(-8, 2)
_whole_body = st.dictionaries(
    st.sampled_from(sorted({*MEASTYPES, 4242})),
    st.tuples(_mantissas, _units, st.sampled_from([None, 7, 0])), max_size=6)
_segments = st.dictionaries(
    st.tuples(st.sampled_from(_SEGMENTAL), st.sampled_from([12, 3, 2, 10, 11, 99, None])),
    st.tuples(_mantissas, _units), max_size=6)
_groups = st.lists(st.tuples(
    st.sampled_from([0, 0, 2, 3, 4, 8, 17, 10009, 10010, 1, 1]), st.sampled_from([1, 1, 2]),
    _whole_body, _segments), min_size=1, max_size=4)


def _raw_group(date, attrib, category, whole_body, segments) -> dict:
    measures = [{"value": v, "unit": u, "type": t, **({"position": p} if p is not None else {})}
                for t, (v, u, p) in whole_body.items()]
    measures += [{"value": v, "unit": u, "type": t, **({"position": p} if p is not None else {})}
                 for (t, p), (v, u) in segments.items()]
    return {"attrib": attrib, "category": category, "date": date, "deviceid": "scan",
            "hash_deviceid": "scan", "model": "Body Scan", "measures": measures}


@pytest.mark.hostile("getmeas groups of any types, positions, units and attributions")
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(groups=_groups)
def test_any_group_reaches_its_sensor_exactly_or_waits_to_be_assigned(client, cloud, clock,
                                                                      groups):
    clock.advance(CURSOR_OVERLAP * 5)  # earlier examples' groups are out of the window
    since = int(clock.now)
    clock.advance(60)
    expected: dict[str, tuple[int, int, int, int]] = {}  # key → (date, grpid, value, unit)
    held: list[int] = []
    for index, (attrib, category, whole_body, segments) in enumerate(groups):
        date = since - 1000 * (index + 1)  # one group per date: "newest" is never a tie
        grpid = cloud.add_raw_group(alice(cloud), _raw_group(date, attrib, category,
                                                              whole_body, segments))
        if category != 1:
            continue
        if attrib == 1:
            held.append(date)
            continue
        sent = [(t, p, v, u) for t, (v, u, p) in whole_body.items()]
        sent += [(t, p, v, u) for (t, p), (v, u) in segments.items()]
        for meastype, position, value, unit in sent:
            spec = measure_spec(meastype, position)
            if spec and decode_value(value, unit) is not None and (
                    spec.key not in expected or date > expected[spec.key][0]):
                expected[spec.key] = (date, grpid, value, unit)
    batch = client.get_measures(since)
    store = HistoryStore(":memory:")
    try:
        store.add_measurements("alice", batch.measurements)
        store.put_unassigned("alice", batch.unassigned)
        states = {s.entity_id: s.state for s in build_sensor_states(
            store, Profile("alice", unit="kg"), now=clock.now)}
        assert store.unassigned("alice") == (len(held), max(held, default=None))
    finally:
        store.close()
    assert len(states) == len(expected)
    for key, (_, _, value, unit) in expected.items():
        state = states[f"sensor.withings_{key}_alice"]
        assert Decimal(repr(state)) == Decimal(value).scaleb(unit), key
