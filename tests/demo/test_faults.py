"""Each fault kind, as a client sees it over HTTP."""

import json
import time

import pytest
import requests

from tests.demo.conftest import api, api_call, login, refresh, user_id


@pytest.fixture
def alice(cloud):
    return login(cloud, "Alice")


def goals(cloud, token):
    return api(cloud, "/v2/user", "getgoals", token)


def test_status_fault_with_retry_after(cloud, alice):
    cloud.faults.add("status", path="/v2/user", action="getgoals", status=601, retry_after=90)
    reply = api_call(cloud, "/v2/user", "getgoals", alice["access_token"])
    assert reply.status_code == 200 and reply.headers["Retry-After"] == "90"
    assert reply.json() == {"status": 601, "body": {"wait_seconds": 90},
                            "error": "Too Many Requests"}
    assert goals(cloud, alice["access_token"])["status"] == 0  # count=1 is spent
    assert cloud.faults.active == []


def test_status_fault_matches_only_its_path_and_action(cloud, alice):
    cloud.faults.add("status", action="getmeas", status=503, count=2)
    assert goals(cloud, alice["access_token"])["status"] == 0
    for _ in range(2):
        reply = api_call(cloud, "/measure", "getmeas", alice["access_token"])
        assert "Retry-After" not in reply.headers
        assert reply.json() == {"status": 503, "body": {}, "error": "Invalid Params"}
    assert api(cloud, "/measure", "getmeas", alice["access_token"])["status"] == 0


def test_http_fault_answers_html_until_cleared(cloud, alice):
    cloud.faults.add("http", status=502, count=None)
    for _ in range(3):
        reply = api_call(cloud, "/v2/user", "getgoals", alice["access_token"])
        assert reply.status_code == 502 and "502 Bad Gateway" in reply.text
        assert reply.headers["Content-Type"] == "text/html"
    token = requests.post(f"{cloud.url}/v2/oauth2", data={"action": "requesttoken"}, timeout=10)
    assert token.status_code == 502  # every path, the token endpoint too
    cloud.faults.clear()
    assert goals(cloud, alice["access_token"])["status"] == 0


def test_delay_fault_holds_the_reply_back(cloud, alice):
    cloud.faults.add("delay", path="/v2/user", seconds=0.6, count=2)
    with pytest.raises(requests.Timeout):
        api_call(cloud, "/v2/user", "getgoals", alice["access_token"], timeout=0.2)
    started = time.monotonic()
    reply = api_call(cloud, "/v2/user", "getgoals", alice["access_token"])
    assert time.monotonic() - started >= 0.55
    assert reply.json()["status"] == 0 and "goals" in reply.json()["body"]  # answered normally


def test_stop_cuts_a_delay_short(cloud, alice):
    cloud.faults.add("delay", seconds=30)
    started = time.monotonic()
    with pytest.raises(requests.RequestException):
        api_call(cloud, "/v2/user", "getgoals", alice["access_token"], timeout=0.3)
    assert cloud.request_count(action="getgoals") == 0  # still held back
    cloud.stop()
    while not cloud.request_count(action="getgoals") and time.monotonic() - started < 10:
        time.sleep(0.05)
    assert time.monotonic() - started < 5  # the held-back request ended with the cloud


def test_malformed_fault_is_not_json(cloud, alice):
    cloud.faults.add("malformed", path="/measure")
    reply = api_call(cloud, "/measure", "getmeas", alice["access_token"])
    assert reply.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        json.loads(reply.text)


def test_truncated_fault_breaks_the_next_page(cloud, alice):
    cloud.faults.add("truncated")
    token = alice["access_token"]
    assert goals(cloud, token)["status"] == 0  # only getmeas is truncated
    body = api(cloud, "/measure", "getmeas", token, lastupdate=int(cloud.clock()) - 86400 * 3)
    assert body["body"]["more"] == 1 and len(body["body"]["measuregrps"]) < 200
    offset = body["body"]["offset"]
    assert offset == len(body["body"]["measuregrps"])
    failed = api_call(cloud, "/measure", "getmeas", token, offset=offset)
    assert failed.status_code == 500
    again = api(cloud, "/measure", "getmeas", token, lastupdate=int(cloud.clock()) - 86400 * 3)
    assert again["body"]["more"] == 0


def test_revoke_fault_ends_one_users_login(cloud, alice):
    bob = login(cloud, "Bob")
    cloud.faults.add("revoke", userid=user_id(cloud, "Alice"))
    assert goals(cloud, alice["access_token"])["status"] == 401
    assert goals(cloud, alice["access_token"])["status"] == 401  # stays revoked
    assert goals(cloud, bob["access_token"])["status"] == 0
    assert refresh(cloud, alice["refresh_token"])["status"] == 503
    assert goals(cloud, login(cloud, "Alice")["access_token"])["status"] == 0  # log in again


def test_revoke_on_the_token_endpoint(cloud, alice):
    cloud.faults.add("revoke", path="/v2/oauth2")
    assert refresh(cloud, alice["refresh_token"])["status"] == 503


@pytest.mark.parametrize("kind, options, message", [
    ("nonsense", {}, "unknown fault kind"),
    ("status", {"retry": 5}, "takes"),
    ("delay", {"count": 0}, "count"),
])
def test_bad_faults_are_refused(cloud, kind, options, message):
    with pytest.raises(ValueError, match=message):
        cloud.faults.add(kind, **options)
