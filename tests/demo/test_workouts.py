"""The simulated cloud's getworkouts and heart list, over real HTTP: Withings' parameters,
reply shapes and the 403 a login without the scope gets."""

from urllib.parse import parse_qs, urlsplit

import pytest

from tests.demo.conftest import REDIRECT, api, exchange, login, user_id
from withings_gui.demo.cloud import DEMO_CLIENT_ID, SimulatedCloud
from withings_gui.demo.workouts import DEFAULT_WORKOUT_FIELDS


@pytest.fixture
def alice(cloud):
    return login(cloud, "Alice")["access_token"]


def workouts(cloud, token, **params) -> dict:
    reply = api(cloud, "/v2/measure", "getworkouts", token, **params)
    assert reply["status"] == 0, reply
    return reply["body"]


def test_workouts_by_lastupdate_and_by_day(cloud, alice):
    items = workouts(cloud, alice, lastupdate=1)["series"]
    assert len(items) >= 30  # about one day in two over 90 days
    first = items[0]
    assert {"id", "category", "timezone", "model", "attrib", "startdate", "enddate", "date",
            "deviceid", "data", "modified"} == set(first)
    assert set(first["data"]) == set(DEFAULT_WORKOUT_FIELDS)
    assert all(w["startdate"] < w["enddate"] < w["modified"] for w in items)
    cut = sorted(w["modified"] for w in items)[-3]
    assert {w["id"] for w in workouts(cloud, alice, lastupdate=cut)["series"]} == {
        w["id"] for w in items if w["modified"] > cut}
    picked = workouts(cloud, alice, startdateymd=first["date"], enddateymd=first["date"],
                      data_fields="calories,distance")["series"]
    assert first["id"] in {w["id"] for w in picked}
    assert all(set(w["data"]) == {"calories", "distance"} for w in picked)
    refused = api(cloud, "/v2/measure", "getworkouts", alice)
    assert refused["status"] == 503  # neither lastupdate nor a day range


def test_heart_list_by_date_pages_newest_first(clock):
    with SimulatedCloud(seed=4, clock=clock, page_size=3) as cloud:
        token = login(cloud, "Alice")["access_token"]
        seen, offset = [], 0
        while True:
            body = api(cloud, "/v2/heart", "list", token, startdate=1,
                       **({"offset": offset} if offset else {}))["body"]
            seen.extend(body["series"])
            if not body["more"]:
                break
            offset = body["offset"]
        expected = cloud.users[user_id(cloud, "Alice")].ecg
        assert len(seen) == len(expected) >= 5
        stamps = [item["timestamp"] for item in seen]
        assert stamps == sorted(stamps, reverse=True)
        assert all(item["ecg"]["afib"] in (0, 1, 2) and 40 < item["heart_rate"] < 120
                   for item in seen)
        late = stamps[1]
        recent = api(cloud, "/v2/heart", "list", token, startdate=late)["body"]["series"]
        assert [item["timestamp"] for item in recent] == stamps[:2]
        # Bob has no ECG device: an empty list, as Withings answers.
        bob = login(cloud, "Bob")["access_token"]
        assert api(cloud, "/v2/heart", "list", bob, startdate=1)["body"]["series"] == []


def scoped_login(cloud, scope: str) -> str:
    url = cloud.authorize_headless(user_id(cloud, "Alice"), DEMO_CLIENT_ID, REDIRECT, "st",
                                   scope)
    code = parse_qs(urlsplit(url).query)["code"][0]
    return exchange(cloud, code)["body"]["access_token"]


def test_without_the_scope_withings_answers_403(cloud):
    metrics_only = scoped_login(cloud, "user.info,user.metrics")
    refused = api(cloud, "/v2/measure", "getworkouts", metrics_only, lastupdate=1)
    assert refused["status"] == 403 and "Insufficient_scope" in refused["error"]
    assert api(cloud, "/v2/heart", "list", metrics_only, startdate=1)["status"] == 0
    activity_only = scoped_login(cloud, "user.activity")
    assert api(cloud, "/v2/heart", "list", activity_only, startdate=1)["status"] == 403
    assert api(cloud, "/v2/measure", "getworkouts", activity_only, lastupdate=1)["status"] == 0
