"""The simulated cloud as a whole: lifecycle, request log, seeded people, live weigh-ins."""

import itertools
import statistics

import pytest
import requests

from tests.demo.conftest import api, login, refresh, user_id
from tests.support.clock import FakeClock
from withings_gui.demo.cloud import SimulatedCloud

DAY = 86400


def value(measure) -> float:
    return measure["value"] * 10 ** measure["unit"]


def weigh_ins(cloud, name="Alice"):
    """(date, {meastype: value}) of the unambiguous device weigh-ins, oldest first."""
    groups = cloud.measure_groups(user_id(cloud, name))
    return sorted((g["date"], {m["type"]: value(m) for m in g["measures"]}) for g in groups
                  if g["attrib"] == 0 and g["deviceid"] and g["model"] in ("Body Cardio",
                                                                             "Body Scan"))


def test_serves_over_http_and_stops(clock):
    cloud = SimulatedCloud(seed=1, clock=clock).start()
    assert cloud.url.startswith("http://127.0.0.1:")
    session = requests.Session()  # a kept-alive connection must not outlive stop()
    assert session.get(f"{cloud.url}/nowhere", timeout=5).status_code == 404
    cloud.stop()
    with pytest.raises(requests.ConnectionError):
        session.get(f"{cloud.url}/nowhere", timeout=5)


def test_request_log_counts_and_hides_secrets(cloud):
    tokens = login(cloud)
    refresh(cloud, tokens["refresh_token"])
    api(cloud, "/measure", "getmeas", tokens["access_token"], meastype=1)
    api(cloud, "/measure", "getmeas", "wrong")
    assert cloud.request_count() == 4
    assert cloud.request_count(path="/v2/oauth2") == 2
    assert cloud.request_count(action="getmeas") == 2
    assert cloud.request_count(path="/measure", action="getmeas") == 2
    exchange, renewal, measures, refused = cloud.requests
    assert (exchange.method, exchange.action, exchange.status) == ("POST", "requesttoken", 0)
    assert exchange.params["code"] == "***" and exchange.params["client_secret"] == "***"
    assert renewal.params["refresh_token"] == "***"
    assert renewal.params["grant_type"] == "refresh_token"
    assert measures.params == {"action": "getmeas", "meastype": "1"} and measures.status == 0
    assert refused.status == 401
    logged = repr(cloud.requests)
    assert tokens["refresh_token"] not in logged and tokens["access_token"] not in logged


def test_same_seed_same_data_other_seed_other_data():
    clock = FakeClock(1_750_000_000)
    one, two, other = (SimulatedCloud(seed=s, clock=clock) for s in (9, 9, 10))
    try:
        for name in ("Alice", "Bob"):
            uid = user_id(one, name)
            assert one.measure_groups(uid) == two.measure_groups(uid)
            assert one.users[uid].sleep == two.users[uid].sleep
            assert one.users[uid].activity == two.users[uid].activity
            assert weigh_ins(one, name) != weigh_ins(other, name)
    finally:
        for cloud in (one, two, other):
            cloud.stop()


def test_alice_weighs_in_most_days_with_a_slow_trend(cloud, clock):
    days = weigh_ins(cloud)
    span = (days[-1][0] - days[0][0]) / DAY
    assert 2.9 * 365 < span < 3.01 * 365
    assert 0.75 * span < len(days) < 0.95 * span  # near-daily, some days without
    weights = [m[1] for _, m in days]
    assert all(58 < w < 76 for w in weights)
    steps = [abs(b - a) for a, b in itertools.pairwise(weights)]
    assert statistics.median(steps) < 0.6 and max(steps) < 3  # noise, not jumps
    monthly = [statistics.mean(weights[i:i + 30]) for i in range(0, len(weights) - 30, 30)]
    assert max(monthly) - min(monthly) > 1.5  # the trend moves over the years
    cardio = {1, 5, 6, 8, 11, 76, 77, 88, 91, 155}
    scan = {1, 5, 6, 8, 11, 76, 77, 88, 91, 155, 168, 169, 170, 226, 227, 173, 174, 175, 196,
            197, 198, 167, 158, 159, 229}
    kinds = [set(m) for _, m in days]
    assert all(kind in (cardio, scan) for kind in kinds)
    # A Body Cardio for years, a Body Scan for the last 30 days.
    assert kinds.index(scan) > 0.95 * len(kinds) and cardio not in kinds[kinds.index(scan):]
    for _, m in days:
        assert m[8] + m[5] == pytest.approx(m[1], abs=0.003)
        assert 15 < m[6] < 40 and 45 < m[11] < 95 and m[76] < m[5]
    assert days[-1][0] <= clock.now


def test_alice_has_the_groups_clients_must_handle(cloud):
    groups = cloud.measure_groups(user_id(cloud, "Alice"))
    by_attrib = {a: [g for g in groups if g["attrib"] == a] for a in (1, 2, 4)}
    assert 5 <= len(by_attrib[1]) <= 60 and all(g["deviceid"] for g in by_attrib[1])
    assert len(by_attrib[4]) == 1
    manual = by_attrib[2]
    assert all(g["deviceid"] is None for g in manual) and len(manual) >= 3
    heights = [m for g in groups for m in g["measures"] if m["type"] == 4]
    assert [value(m) for m in heights] == [pytest.approx(1.68)]
    grpids = [g["grpid"] for g in groups]
    assert len(set(grpids)) == len(grpids)
    assert [g["grpid"] for g in sorted(groups, key=lambda g: g["created"])] == sorted(grpids)


def test_bob_measures_blood_pressure_and_weight(cloud):
    groups = cloud.measure_groups(user_id(cloud, "Bob"))
    pressure = [{m["type"]: value(m) for m in g["measures"]} for g in groups
                if g["model"] == "BPM Connect"]
    assert len(pressure) > 300
    assert all(set(p) == {9, 10, 11} and 50 < p[9] < p[10] < 180 for p in pressure)
    manual = [{m["type"] for m in g["measures"]} for g in groups if g["attrib"] == 2]
    assert {54, 71} in manual
    assert len(weigh_ins(cloud, "Bob")) > 300
    assert cloud.users[user_id(cloud, "Bob")].sleep == []


def test_bobs_body_scan_sends_segments_and_feet_as_withings_does(cloud):
    scans = [g for g in cloud.measure_groups(user_id(cloud, "Bob")) if g["model"] == "Body Scan"]
    assert len(scans) > 300
    for group in scans[-30:]:
        by_type: dict[int, dict] = {}
        for m in group["measures"]:
            by_type.setdefault(m["type"], {})[m.get("position")] = m
        # Fat-free, fat and muscle mass once per segment (torso, arms, legs), in 10 g.
        for meastype in (173, 174, 175):
            assert set(by_type[meastype]) == {12, 3, 2, 10, 11}
            assert {m["unit"] for m in by_type[meastype].values()} == {-2}
        parts = sum(value(m) for m in by_type[174].values())
        assert abs(parts - value(by_type[8][7])) < 0.1  # segments add up to the whole body
        # The feet, vascular age in tenths of a year (28.9 is sent as 289, -1).
        for meastype in (196, 197, 198, 167, 158, 159, 229, 155):
            [measure] = by_type[meastype].values()
            assert isinstance(measure["value"], int)
        assert by_type[229][None]["unit"] == -2 and by_type[155][None]["unit"] == -1
        assert 0 <= value(by_type[196][None]) <= 100


def test_ten_years_of_history(clock):
    cloud = SimulatedCloud(seed=1, clock=clock, years=10)
    try:
        days = weigh_ins(cloud)
        assert (days[-1][0] - days[0][0]) / DAY / 365 > 9.9
        assert len(days) > 3000
    finally:
        cloud.stop()


def test_live_weigh_ins_appear_as_time_passes(clock):
    with SimulatedCloud(seed=1, clock=clock, live_interval=60) as cloud:
        token = login(cloud)["access_token"]
        start = api(cloud, "/measure", "getmeas", token)["body"]["updatetime"]
        clock.advance(59)
        assert api(cloud, "/measure", "getmeas", token, lastupdate=start)["body"][
            "measuregrps"] == []
        clock.advance(122)
        new = api(cloud, "/measure", "getmeas", token, lastupdate=start)["body"]["measuregrps"]
        assert len(new) == 3 and all(g["created"] <= clock.now for g in new)
        assert all(g["model"] == "Body Scan" and g["attrib"] == 0 for g in new)
        before = weigh_ins(cloud)[-4][1][1]  # the last weigh-in before the live ones
        assert all(abs(value(g["measures"][0]) - before) < 3 for g in new)


def test_a_hidden_measure_is_left_out_of_every_reply(cloud):
    tokens = login(cloud)
    cloud.hide_measure(user_id(cloud, "Alice"), 91)
    body = api(cloud, "/measure", "getmeas", tokens["access_token"])["body"]
    types = {m["type"] for g in body["measuregrps"] for m in g["measures"]}
    assert 91 not in types and {1, 11, 155} <= types
    # A group of nothing but hidden measures is left out whole.
    only = api(cloud, "/measure", "getmeas", tokens["access_token"], meastype=91)["body"]
    assert only["measuregrps"] == []


def test_unassigned_weigh_ins_come_from_the_scale_as_ambiguous(cloud, clock):
    tokens = login(cloud)
    userid = user_id(cloud, "Alice")
    since = int(clock())
    grpids = cloud.add_unassigned_weigh_ins(userid, 3)
    body = api(cloud, "/measure", "getmeas", tokens["access_token"],
               lastupdate=since - 1)["body"]
    new = [g for g in body["measuregrps"] if g["grpid"] in grpids]
    assert len(new) == 3 and {g["attrib"] for g in new} == {1}
    assert {g["model"] for g in new} == {"Body Scan"}  # her newest scale
    assert all(g["date"] < since for g in new)
    assert {m["type"] for m in new[0]["measures"]} >= {1, 6, 91}


def test_vascular_age_follows_pulse_wave_velocity(cloud):
    # Whole years on her Body Cardio, tenths on her Body Scan for the last 30 days.
    for _, measures in weigh_ins(cloud)[-60:]:
        assert abs(measures[155] - (34 + (measures[91] - 7.1) * 8)) <= 0.5
