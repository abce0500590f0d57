"""Any JSON for each Withings endpoint: no exception but a named WithingsError, and nothing
stored that breaks a later pass.

Each case is one reply: fully random JSON, or a "near-real" reply (the structure of the
replies in tests/fixtures/withings with hostile leaves: numbers beyond 64 bits, 10**400,
dates in milliseconds, NaN and Infinity as JSON literals or as strings, nulls, nested lists,
negative values, lone surrogates). It goes through ``envelope.unwrap`` on a real
``requests.Response``, the endpoint's parser and one HistoryStore file kept across all cases
(a later case reads what earlier ones left). The same reply a second time must change
nothing, and the sensor states must then be plain JSON (no NaN, no Infinity).

10,000 cases an endpoint, so they must be cheap: no network, and each reply is built by a
small grammar from a seed Hypothesis draws; each Hypothesis example runs a batch of 20
replies (drawing whole JSON trees through Hypothesis costs ~15 ms a case, and even a bare
example ~0.7 ms). A failure names the seed and shows the reply;
``build_reply(endpoint, seed, index)`` rebuilds it.
"""

from __future__ import annotations

import json
import random
import time
from typing import Any, Callable

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from withings_gui.core.config import Profile
from withings_gui.core.sensors import build_sensor_states
from withings_gui.core.store import HistoryStore
from withings_gui.core.withings import measures
from withings_gui.core.withings.envelope import unwrap
from withings_gui.core.withings.errors import WithingsError

CASES = 10_000  # replies per endpoint
BATCH = 20  # replies per Hypothesis example
PROFILE = Profile("alice", unit="both")  # both units: the pound twins are computed too
NOW = 1_700_000_000
Gen = Callable[[random.Random], Any]

# -- leaves ----------------------------------------------------------------------------------

HUGE = [2**63, 2**63 - 1, -2**63, -2**63 - 1, 2**64, 10**400, -10**400, 10**20]
DATES = [NOW, NOW * 1000, NOW * 1_000_000, -NOW, 0, -1, 253402300800, 32503680000,
         32503679999, 2**62]
FLOATS = [1e308, -1e308, 5e-324, -0.0, 1e300, 1.7976931348623157e308, 0.1, 1e-300]
# NaN and Infinity are no JSON: a reply holding one is refused whole ("not valid JSON"), so
# they come rarely, or the other leaves of those replies would never reach the parsers.
NOT_FINITE = [float("nan"), float("inf"), float("-inf")]
TEXT = ["inf", "-inf", "nan", "NaN", "Infinity", "1e400", "-1e400", str(2**63), str(10**400),
        "١٢٣", "²", "0x10", " 7 ", "", "\ud800", "9" * 5000, "2023-02-30", "9999-12-31",
        "0000-00-00", "2023-10-21", "٢٠٢٣-١٠-٢١", "1_000", "7\n"]
CHARS = "az09 -_.é\u00b2\u0663\ud800\udfff\x00\n\u202e😀"


def leaf(r: random.Random) -> Any:
    pick = r.randrange(11)
    if pick == 0:
        return None
    if pick == 1:
        return r.random() < 0.5
    if pick == 2:
        return r.randint(-1000, 1000)
    if pick == 3:
        return r.choice(HUGE + DATES)
    if pick == 4:
        return r.uniform(-1e9, 1e9)
    if pick == 5:
        return r.choice(NOT_FINITE) if r.random() < 0.05 else r.choice(FLOATS)
    if pick == 6:
        return "".join(r.choice(CHARS) for _ in range(r.randrange(8)))
    if pick == 7:
        return r.choice(TEXT)
    if pick == 8:
        return str(r.choice(HUGE + DATES + FLOATS + NOT_FINITE))
    if pick == 9:
        return r.randint(-2**70, 2**70)
    return r.choice([[], {}, [None], {"value": None}])


def hostile(r: random.Random) -> Any:
    pick = r.randrange(10)
    if pick == 8:
        return [leaf(r) for _ in range(r.randrange(4))]
    if pick == 9:
        return {text_key(r): leaf(r) for _ in range(r.randrange(4))}
    return leaf(r)


def text_key(r: random.Random) -> str:
    return "".join(r.choice(CHARS) for _ in range(r.randrange(6)))


def usually(normal: Gen, odds: float = 0.8) -> Gen:
    """A plausible value four times in five (by default), anything hostile otherwise."""
    return lambda r: normal(r) if r.random() < odds else hostile(r)


def mostly(normal: Gen) -> Gen:
    """For the keys a record cannot do without: hostile ones would hide the other leaves."""
    return usually(normal, 0.95)


def record(fields: dict[str, Gen]) -> Gen:
    """A dict with most of ``fields`` (real replies leave keys out), sometimes a stray key."""
    def build(r: random.Random) -> dict:
        made = {key: gen(r) for key, gen in fields.items() if r.random() < 0.9}
        if r.random() < 0.2:
            made[text_key(r)] = hostile(r)
        return made
    return build


def items(of: Gen, most: int = 4) -> Gen:
    return mostly(lambda r: [of(r) if r.random() < 0.9 else hostile(r)
                             for _ in range(r.randrange(most + 1))])


def one_of(*values: Any) -> Gen:
    return lambda r: r.choice(values)


def between(low: int, high: int) -> Gen:
    return lambda r: r.randint(low, high)


date = usually(between(1_500_000_000, 1_800_000_000))
small = usually(between(-5, 300))
day = usually(lambda r: f"{r.randint(1990, 2035)}-{r.randint(1, 12):02}-{r.randint(1, 31):02}")
number = usually(lambda r: r.randint(-10**6, 10**6) if r.random() < 0.5
                 else round(r.uniform(-1e6, 1e6), r.randrange(6)))
text = usually(one_of("Scale", "Body+", "Body Scan", "Sleep Monitor", "high", "low", "medium",
                      "f998be4b9ccc9e136fd8cd8e8e344c31ec3b271d", ""))
more = usually(one_of(0, 1, False, True, "0", "1", "true"))

# -- near-real bodies, shaped like the replies in tests/fixtures/withings ----------------------

measure = record({"type": mostly(one_of(1, 4, 5, 6, 8, 9, 10, 11, 54, 76, 77, 88, 170, 173,
                                         174, 175, 196, 167, 229, 226, 999)),
                  "value": mostly(between(-10**6, 10**6)), "unit": mostly(between(-8, 8)),
                  "position": usually(one_of(12, 3, 2, 10, 11, 7, 0, -1, 99, 2**70)),
                  "algo": small, "fm": small})
group = record({"grpid": mostly(between(1, 40)),
                "attrib": usually(one_of(0, 0, 0, 2, 8, 17, 1, 4, 3, 10009, 10010)),
                "category": usually(one_of(1, 1, 1, 2)), "date": mostly(date), "created": date,
                "modified": date, "deviceid": text, "hash_deviceid": text,
                "measures": items(measure, 6), "model": text, "modelid": small,
                "comment": hostile})
sleep_data = record({key: number for key in (
    "deepsleepduration", "lightsleepduration", "sleep_score", "sleep_efficiency",
    "hr_average", "snoring", "apnea_hypopnea_index", "total_sleep_time", "night_events")})
night = record({"date": mostly(day), "startdate": date, "enddate": date, "modified": date,
                "created": date, "data": usually(sleep_data), "model": small,
                "hash_deviceid": text, "timezone": text})
activity_day = record({"date": mostly(day), "modified": date, "steps": number, "distance": number,
                       "calories": number, "totalcalories": number, "elevation": number,
                       "soft": number, "hr_average": number, "brand": small,
                       "is_tracker": hostile, "timezone": text, "deviceid": text})
device = record({"deviceid": mostly(one_of("d1", "d2", " d1", 7)), "hash_deviceid": text,
                 "type": text, "model": text, "battery": text, "last_session_date": date,
                 "first_session_date": date, "model_id": small, "timezone": text})
goals = record({"steps": usually(between(0, 50_000)), "sleep": usually(between(0, 10**5)),
                "weight": usually(record({"value": usually(between(0, 10**6)),
                                          "unit": usually(between(-5, 2))}))})

NEAR_REAL: dict[str, Gen] = {
    "getmeas": record({"updatetime": date, "timezone": text, "more": more, "offset": small,
                       "measuregrps": items(group)}),
    "sleep getsummary": record({"series": items(night), "more": more, "offset": small}),
    "getactivity": record({"activities": items(activity_day), "more": more,
                           "offset": small}),
    "getdevice": record({"devices": items(device)}),
    "getgoals": record({"goals": usually(goals)}),
}

# -- fully random JSON, with the endpoints' key names so it reaches past the first lookup ------

KEYS = ["status", "body", "measuregrps", "measures", "series", "activities", "devices", "goals",
        "data", "grpid", "type", "value", "unit", "date", "modified", "created", "deviceid",
        "battery", "steps", "sleep", "weight", "more", "offset", "updatetime", "enddate",
        "category", "attrib", "last_session_date", "sleep_score", "distance"]


def random_json(r: random.Random, depth: int = 0) -> Any:
    if depth >= 4 or r.random() < 0.3:
        return leaf(r)
    if r.random() < 0.4:
        return [random_json(r, depth + 1) for _ in range(r.randrange(5))]
    return {(r.choice(KEYS) if r.random() < 0.8 else text_key(r)): random_json(r, depth + 1)
            for _ in range(r.randrange(6))}


def build_reply(endpoint: str, seed: int, index: int = 0) -> Any:
    """The whole reply for one case: an envelope around a near-real or a random body, or
    random JSON (no envelope at all)."""
    r = random.Random(seed * BATCH + index)
    status = 0 if r.random() < 0.9 else hostile(r)
    pick = r.random()
    if pick < 0.7:
        return {"status": status, "body": NEAR_REAL[endpoint](r)}
    if pick < 0.9:
        return {"status": status, "body": random_json(r)}
    return random_json(r)


# -- one pass ----------------------------------------------------------------------------------

def response_for(payload: Any) -> requests.Response:
    """A real HTTP response object carrying the reply as Withings would send it."""
    response = requests.Response()
    response.status_code = 200
    response.headers["Content-Type"] = "application/json"
    response._content = json.dumps(payload).encode()
    return response


def store_measures(store: HistoryStore, body: dict) -> tuple[int, int]:
    found = measures.parse_measure_groups(body)
    changed = store.add_measurements(PROFILE.slug, found)
    held = measures.parse_unassigned_groups(body)
    before = store.unassigned(PROFILE.slug)
    store.put_unassigned(PROFILE.slug, held)
    changed += int(store.unassigned(PROFILE.slug) != before)
    # The cursor as WithingsClient.get_measures takes it.
    cursor = measures.as_int(body.get("updatetime")) or measures.latest_group_change(body)
    assert measures.more_pages(body) in (True, False)
    store.set_cursors(PROFILE.slug, {"measures_lastupdate": cursor})
    return len(found), changed


def store_summaries(kind: str, parse: Callable[[dict], list]) -> Callable:
    def write(store: HistoryStore, body: dict) -> tuple[int, int]:
        before = store.latest_summary(PROFILE.slug, kind)
        found = parse(body)
        store.put_summaries(PROFILE.slug, kind, found)
        return len(found), int(store.latest_summary(PROFILE.slug, kind) != before)
    return write


def store_devices(store: HistoryStore, body: dict) -> tuple[int, int]:
    before = store.devices(PROFILE.slug)
    found = measures.parse_devices(body)
    store.put_devices(PROFILE.slug, found)
    return len(found), int(store.devices(PROFILE.slug) != before)


def store_goals(store: HistoryStore, body: dict) -> tuple[int, int]:
    before = store.goals(PROFILE.slug)
    found = measures.parse_goals(body)
    store.put_goals(PROFILE.slug, found)
    return sum(value is not None for value in vars(found).values()), \
        int(store.goals(PROFILE.slug) != before)


# Each parses one reply body, stores it as a sync pass does, and returns how many records
# the reply held and whether the store changed.
WRITERS: dict[str, Callable[[HistoryStore, dict], tuple[int, int]]] = {
    "getmeas": store_measures,
    "sleep getsummary": store_summaries("sleep", measures.parse_sleep),
    "getactivity": store_summaries("activity", measures.parse_activity),
    "getdevice": store_devices,
    "getgoals": store_goals,
}


def one_case(store: HistoryStore, endpoint: str, payload: Any, tally: dict[str, int]) -> None:
    tally["tried"] += 1
    try:
        body = unwrap(response_for(payload))
    except WithingsError:
        tally["refused"] += 1
        return
    write = WRITERS[endpoint]
    found, _ = write(store, body)
    # The same reply again, as the next pass gets it: nothing changes, nothing fails.
    assert write(store, body) == (found, 0)
    states = build_sensor_states(store, PROFILE)
    json.dumps([state.payload() for state in states], allow_nan=False)
    tally["stored"] += 1
    tally["with records"] += found > 0


@pytest.fixture
def shared_store(tmp_path):
    """One history for all cases of an endpoint: each case reads what earlier ones left."""
    store = HistoryStore(tmp_path / "history.sqlite3")
    yield store
    store.close()


@pytest.mark.parametrize("endpoint", list(NEAR_REAL))
def test_any_reply_is_refused_by_name_or_stored_so_the_next_pass_works(shared_store, endpoint,
                                                                       figures):
    tally = {"tried": 0, "refused": 0, "stored": 0, "with records": 0}
    started = time.perf_counter()

    @settings(max_examples=CASES // BATCH, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(seed=st.integers(0, 2**64 - 1))
    def batch(seed):
        for index in range(BATCH):
            payload = build_reply(endpoint, seed, index)
            try:
                one_case(shared_store, endpoint, payload, tally)
            except Exception as exc:
                exc.add_note(f"build_reply({endpoint!r}, {seed}, {index}) = {payload!r:.2000}")
                raise

    batch()
    # Every case ended one of the two allowed ways, and most of them reached the store.
    assert tally["tried"] == tally["refused"] + tally["stored"] >= CASES * 0.99
    assert tally["stored"] >= CASES // 2, tally
    assert tally["with records"] >= CASES // 10, tally  # the parsers are reached, not skipped
    figures.held(f"Withings {endpoint}: any JSON reply", "tests/core/withings/"
                 "test_payload_properties.py::test_any_reply_is_refused_by_name_or_stored_so_"
                 "the_next_pass_works", tally["tried"])
    print(f"\n{endpoint}: {tally['tried']} cases tried and held: {tally['stored']} stored "
          f"({tally['with records']} with records), {tally['refused']} refused by name; "
          f"{time.perf_counter() - started:.1f} s")


@pytest.mark.parametrize("status", ["9" * 5000, "²", "١٢٣x", "-" * 50],
                         ids=["5000 digits", "superscript two", "arabic digits and x", "dashes"])
def test_a_status_no_int_can_hold_is_no_status(status):
    # int() refuses more than 4300 digits, and some characters isdigit() accepts.
    with pytest.raises(WithingsError):
        unwrap(response_for({"status": status, "body": {}}))


def test_a_reply_cut_short_is_refused_by_name():
    response = response_for({})
    response._content = b'{"status": 0, "body": {"measuregrps": [{"grpid": 1'
    with pytest.raises(WithingsError):
        unwrap(response)
