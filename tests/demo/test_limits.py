"""Withings' request limits: 120 a minute per app, and the optional duplicate rule."""

import requests

from tests.demo.conftest import REDIRECT, SCOPE, api, exchange, login, user_id


def goals_status(session, cloud, token, **params):
    reply = session.post(f"{cloud.url}/v2/user", data={"action": "getgoals", **params},
                         headers={"Authorization": f"Bearer {token}"}, timeout=10)
    return reply.json()


def test_more_than_120_requests_a_minute_are_refused(cloud, clock):
    token = login(cloud)["access_token"]
    with requests.Session() as session:
        statuses = [goals_status(session, cloud, token)["status"] for _ in range(121)]
        assert statuses == [0] * 120 + [601]
        refused = goals_status(session, cloud, token)
        assert refused["error"] == "Too Many Requests"
        assert refused["body"] == {"wait_seconds": 60}
        clock.advance(59)
        assert goals_status(session, cloud, token)["body"] == {"wait_seconds": 1}
        clock.advance(1)
        assert goals_status(session, cloud, token)["status"] == 0


def test_the_limit_is_per_app(cloud):
    alice, bob = login(cloud, "Alice")["access_token"], login(cloud, "Bob")["access_token"]
    cloud.register_app("c" * 64, "d" * 64, [REDIRECT])
    url = cloud.authorize_headless(user_id(cloud, "Bob"), "c" * 64, REDIRECT, "s", SCOPE)
    other = exchange(cloud, url.split("code=")[1].split("&")[0], client_id="c" * 64,
                     secret="d" * 64)["body"]["access_token"]
    with requests.Session() as session:
        for token in [alice, bob] * 60:
            assert goals_status(session, cloud, token)["status"] == 0
        assert goals_status(session, cloud, bob)["status"] == 601  # the same app's users share
        assert goals_status(session, cloud, other)["status"] == 0


def test_identical_requests_are_allowed_unless_strict(cloud, clock):
    token = login(cloud)["access_token"]
    assert [api(cloud, "/v2/user", "getdevice", token)["status"] for _ in range(3)] == [0] * 3
    cloud.strict_duplicates = True
    assert api(cloud, "/v2/user", "getdevice", token)["status"] == 0
    refused = api(cloud, "/v2/user", "getdevice", token)
    assert refused["status"] == 601 and refused["body"] == {"wait_seconds": 10}
    assert api(cloud, "/v2/user", "getgoals", token)["status"] == 0  # a different request
    clock.advance(10)
    assert api(cloud, "/v2/user", "getdevice", token)["status"] == 0
