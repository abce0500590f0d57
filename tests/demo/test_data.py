"""Data endpoints: reply shapes, filters, pagination and ``lastupdate`` like Withings."""

import pytest
import requests

from tests.demo.conftest import api, login, user_id
from withings_gui.demo.cloud import SimulatedCloud
from withings_gui.demo.summaries import DEFAULT_ACTIVITY_FIELDS, DEFAULT_SLEEP_FIELDS

GROUP_KEYS = {"grpid", "attrib", "date", "created", "modified", "category", "deviceid",
              "hash_deviceid", "model", "model_id", "measures", "comment", "timezone"}


def getmeas(cloud, token, **params):
    reply = api(cloud, "/measure", "getmeas", token, **params)
    assert reply["status"] == 0, reply
    return reply["body"]


def all_pages(cloud, token, **params):
    pages, offset = [], None
    while True:
        body = getmeas(cloud, token, **params, **({"offset": offset} if offset else {}))
        pages.append(body)
        if not body["more"]:
            return pages
        offset = body["offset"]


@pytest.fixture
def alice(cloud):
    return login(cloud, "Alice")["access_token"]


def test_getmeas_pages_through_the_whole_history(clock):
    with SimulatedCloud(seed=4, clock=clock, page_size=150) as cloud:
        token = login(cloud)["access_token"]
        pages = all_pages(cloud, token, category=1)
        groups = cloud.measure_groups(user_id(cloud, "Alice"))
        assert len(pages) == -(-len(groups) // 150) > 3
        assert cloud.request_count(action="getmeas") == len(pages)
        assert [p["more"] for p in pages] == [1] * (len(pages) - 1) + [0]
        assert [p["offset"] for p in pages[:-1]] == [150 * i for i in range(1, len(pages))]
        assert pages[-1]["offset"] == 0
        seen = [g["grpid"] for p in pages for g in p["measuregrps"]]
        assert len(seen) == len(set(seen)) and set(seen) == {g["grpid"] for g in groups}
        dates = [g["date"] for p in pages for g in p["measuregrps"]]
        assert dates == sorted(dates, reverse=True)  # newest first


def test_getmeas_reply_shape_and_value_encoding(cloud, alice, clock):
    body = getmeas(cloud, alice)
    assert body["updatetime"] == int(clock.now) and body["timezone"] == "Europe/Paris"
    group = next(g for g in body["measuregrps"] if g["attrib"] == 0)
    # Alice's newest weigh-ins are on her Body Scan: segments and feet besides the rest.
    assert set(group) == GROUP_KEYS and group["model"] == "Body Scan"
    assert {m["type"] for m in group["measures"]} == {
        1, 5, 6, 8, 11, 76, 77, 88, 91, 155, 168, 169, 170, 226, 227, 173, 174, 175, 196, 197,
        198, 167, 158, 159, 229}
    for measure in group["measures"]:
        assert set(measure) - {"position"} == {"value", "type", "unit", "algo", "fm"}
        assert isinstance(measure["value"], int) and isinstance(measure["unit"], int)
    cardio = next(g for g in body["measuregrps"] if g["model"] == "Body Cardio")
    assert {m["type"] for m in cardio["measures"]} == {1, 5, 6, 8, 11, 76, 77, 88, 91, 155}
    clock.advance(1)
    grpid = cloud.add_measure_group(user_id(cloud, "Alice"), int(clock.now) - 30,
                                    [(1, 72.35), (6, 24.1)])
    [new] = getmeas(cloud, alice, lastupdate=body["updatetime"])["measuregrps"]
    assert new["grpid"] == grpid and new["deviceid"] == group["deviceid"]
    assert new["measures"][0] == {"value": 72350, "type": 1, "unit": -3, "algo": 0, "fm": 131}
    assert new["measures"][1]["value"] * 10 ** new["measures"][1]["unit"] == pytest.approx(24.1)


def test_lastupdate_returns_groups_created_or_modified_after_it(cloud, alice, clock):
    userid = user_id(cloud, "Alice")
    first = getmeas(cloud, alice)
    assert first["measuregrps"]
    clock.advance(300)
    assert getmeas(cloud, alice, lastupdate=first["updatetime"])["measuregrps"] == []
    old_date = int(clock.now) - 40 * 86400  # a late upload of an old weigh-in
    grpid = cloud.add_measure_group(userid, old_date, [(1, 70.0)])
    second = getmeas(cloud, alice, lastupdate=first["updatetime"])
    assert [g["grpid"] for g in second["measuregrps"]] == [grpid]
    assert second["updatetime"] == int(clock.now)
    clock.advance(300)
    assert getmeas(cloud, alice, lastupdate=second["updatetime"])["measuregrps"] == []


def test_getmeas_filters(cloud, alice, clock):
    week_ago = int(clock.now) - 7 * 86400
    recent = getmeas(cloud, alice, startdate=week_ago, enddate=int(clock.now))["measuregrps"]
    assert recent and all(week_ago <= g["date"] <= clock.now for g in recent)
    weights = getmeas(cloud, alice, meastype=1)["measuregrps"]
    assert weights and all([m["type"] for m in g["measures"]] == [1] for g in weights)
    both = [g for page in all_pages(cloud, alice, meastypes="4,11") for g in page["measuregrps"]]
    assert {m["type"] for g in both for m in g["measures"]} == {4, 11}
    assert getmeas(cloud, alice, category=2)["measuregrps"] == []
    bad = api(cloud, "/measure", "getmeas", alice, lastupdate="yesterday")
    assert bad["status"] == 503 and "lastupdate" in bad["error"]


def test_params_may_come_in_the_query_string(cloud, alice):
    in_form = getmeas(cloud, alice, meastype=4)
    in_query = requests.get(f"{cloud.url}/measure",
                            params={"action": "getmeas", "meastype": 4},
                            headers={"Authorization": f"Bearer {alice}"}, timeout=10).json()
    assert in_query["body"]["measuregrps"] == in_form["measuregrps"] != []


def test_sleep_summary(cloud, alice, clock):
    body = api(cloud, "/v2/sleep", "getsummary", alice,
               lastupdate=int(clock.now) - 30 * 86400)["body"]
    nights = body["series"]
    assert 25 <= len(nights) <= 30 and body["more"] is False and body["offset"] == 0
    night = nights[-1]
    assert {"id", "timezone", "model", "model_id", "startdate", "enddate", "date", "created",
            "modified", "data"} <= set(night)
    assert set(night["data"]) == set(DEFAULT_SLEEP_FIELDS)
    assert night["startdate"] < night["enddate"] <= night["modified"] <= clock.now
    chosen = api(cloud, "/v2/sleep", "getsummary", alice, startdateymd=night["date"],
                 enddateymd=night["date"], data_fields="total_sleep_time,hr_average")
    [same] = chosen["body"]["series"]
    data = same["data"]
    assert set(data) == {"total_sleep_time", "hr_average"}
    assert data["total_sleep_time"] == sum(night["data"][k] for k in (
        "lightsleepduration", "deepsleepduration", "remsleepduration"))
    assert api(cloud, "/v2/sleep", "getsummary", alice)["status"] == 503


def test_sleep_pages_use_a_boolean_more(clock):
    with SimulatedCloud(seed=4, clock=clock, page_size=40) as cloud:
        token = login(cloud)["access_token"]
        since = int(clock.now) - 100 * 86400
        first = api(cloud, "/v2/sleep", "getsummary", token, lastupdate=since)["body"]
        assert first["more"] is True and first["offset"] == 40
        second = api(cloud, "/v2/sleep", "getsummary", token, lastupdate=since,
                     offset=40)["body"]
        ids = [n["id"] for n in first["series"] + second["series"]]
        assert len(ids) == len(set(ids)) == 80


def test_activity(cloud, alice, clock):
    days = api(cloud, "/v2/measure", "getactivity", alice,
               lastupdate=int(clock.now) - 10 * 86400)["body"]["activities"]
    assert 10 <= len(days) <= 11
    day = days[-2]
    assert set(DEFAULT_ACTIVITY_FIELDS) <= set(day)
    assert {"date", "timezone", "deviceid", "hash_deviceid", "brand", "is_tracker"} <= set(day)
    assert day["active"] == day["moderate"] + day["intense"] and day["steps"] > 1000
    picked = api(cloud, "/v2/measure", "getactivity", alice, startdateymd=day["date"],
                 enddateymd=day["date"], data_fields="steps")["body"]["activities"]
    assert [d["steps"] for d in picked] == [day["steps"]] and "calories" not in picked[0]


def test_devices_and_goals(cloud, alice):
    devices = api(cloud, "/v2/user", "getdevice", alice)["body"]["devices"]
    by_model = {d["model"]: d for d in devices}
    assert set(by_model) == {"Body Cardio", "Body Scan", "Aura Sensor V2"}
    scale = by_model["Body Cardio"]
    assert (scale["type"], scale["model_id"], scale["battery"]) == ("Scale", 6, "high")
    assert by_model["Aura Sensor V2"]["type"] == "Sleep Monitor"
    weigh_ins = [g for g in cloud.measure_groups(user_id(cloud, "Alice"))
                 if g["deviceid"] == scale["deviceid"]]
    assert scale["last_session_date"] == max(g["created"] for g in weigh_ins)
    assert scale["first_session_date"] == min(g["created"] for g in weigh_ins)
    assert api(cloud, "/v2/user", "getgoals", alice)["body"] == {
        "goals": {"steps": 10000, "sleep": 28800, "weight": {"value": 65000, "unit": -3}}}


def test_unknown_action_and_path(cloud, alice):
    assert api(cloud, "/v2/user", "getnothing", alice)["status"] == 2554
    assert requests.get(f"{cloud.url}/nowhere", timeout=10).status_code == 404
