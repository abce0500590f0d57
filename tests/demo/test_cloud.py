"""The simulated cloud itself: the page a browser clicks through, and its data."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from tests.support.clock import FakeClock
from withings_gui.demo.cloud import DEMO_CLIENT_ID, SimulatedCloud

REDIRECT = "https://ha.example.com/auth/external/callback"


@pytest.fixture
def cloud():
    with SimulatedCloud(seed=4) as cloud:
        yield cloud


def page(cloud, **params):
    query = {"response_type": "code", "client_id": DEMO_CLIENT_ID, "state": "st",
             "scope": "user.info,user.metrics", "redirect_uri": REDIRECT, **params}
    return requests.get(f"{cloud.url}/oauth2_user/authorize2", params=query, timeout=10)


def form_fields(html):
    return dict(re.findall(r'type="hidden" name="([^"]+)" value="([^"]*)"', html))


def test_login_page_lets_a_browser_allow_access(cloud):
    reply = page(cloud)
    assert reply.status_code == 200
    for element in ('id="user-alice"', 'id="user-bob"', 'id="allow"', 'id="deny"',
                    "Simulated Withings"):
        assert element in reply.text
    bob = next(uid for uid, u in cloud.users.items() if u.name == "Bob")
    answer = requests.post(f"{cloud.url}/oauth2_user/authorize2", allow_redirects=False,
                           data={**form_fields(reply.text), "userid": bob, "decision": "allow"},
                           timeout=10)
    assert answer.status_code == 302
    location = urlsplit(answer.headers["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == REDIRECT
    query = parse_qs(location.query)
    assert query["state"] == ["st"] and len(query["code"][0]) >= 20


def test_cancel_redirects_with_access_denied(cloud):
    reply = page(cloud)
    answer = requests.post(f"{cloud.url}/oauth2_user/authorize2", allow_redirects=False,
                           data={**form_fields(reply.text), "decision": "deny"}, timeout=10)
    assert parse_qs(urlsplit(answer.headers["Location"]).query) == {
        "error": ["access_denied"], "state": ["st"]}


def test_unknown_client_and_unregistered_redirect_show_an_error_page(cloud):
    assert "Invalid client_id" in page(cloud, client_id="f" * 64).text
    cloud.register_app("a" * 64, "b" * 64, [REDIRECT])
    wrong = page(cloud, client_id="a" * 64, redirect_uri="https://other.example.com/cb")
    assert wrong.status_code == 400 and "Invalid redirect_uri" in wrong.text
    assert page(cloud, client_id="a" * 64).status_code == 200
    assert page(cloud, redirect_uri="http://plain.example.com/cb").status_code == 400


def test_same_seed_same_data_and_realistic_values():
    clock = FakeClock(1_700_000_000)
    one, two = SimulatedCloud(seed=9, clock=clock), SimulatedCloud(seed=9, clock=clock)
    try:
        alice = next(uid for uid, u in one.users.items() if u.name == "Alice")
        assert list(one.measure_groups(alice)) == list(two.measure_groups(alice))
        weights = [m["value"] * 10 ** m["unit"] for g in one.measure_groups(alice)
                   for m in g["measures"] if m["type"] == 1 and g["attrib"] == 0]
        assert len(weights) > 700 and all(60 < w < 85 for w in weights)
        attribs = {g["attrib"] for g in one.measure_groups(alice)}
        assert {0, 1, 2, 4} <= attribs  # ambiguous and manual groups are there to be handled
    finally:
        one.stop()
        two.stop()


def test_live_weigh_ins_appear_over_time():
    clock = FakeClock()
    cloud = SimulatedCloud(seed=1, clock=clock, live_interval=60)
    try:
        alice = next(uid for uid, u in cloud.users.items() if u.name == "Alice")
        before = len(list(cloud.measure_groups(alice)))
        clock.advance(181)
        assert len(list(cloud.measure_groups(alice))) == before + 3
    finally:
        cloud.stop()


def test_ten_years_of_data():
    cloud = SimulatedCloud(seed=1, years=10)
    try:
        alice = next(uid for uid, u in cloud.users.items() if u.name == "Alice")
        dates = [g["date"] for g in cloud.measure_groups(alice)]
        assert (max(dates) - min(dates)) / 86400 / 365 > 9.9
    finally:
        cloud.stop()
