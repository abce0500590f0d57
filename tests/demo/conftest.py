"""Fixtures for the simulated cloud's tests: a cloud on a hand-moved clock, and helpers that
talk to it over real HTTP the way a Withings client does."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from tests.support.clock import FakeClock
from withings_gui.demo.cloud import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, SimulatedCloud

REDIRECT = "https://ha.example.com/auth/external/callback"
SCOPE = "user.info,user.metrics,user.activity,user.sleepevents"


@pytest.fixture
def clock():
    return FakeClock(1_750_000_000)


@pytest.fixture
def cloud(clock):
    with SimulatedCloud(seed=4, clock=clock) as cloud:
        yield cloud


def user_id(cloud, name: str) -> int:
    return next(uid for uid, user in cloud.users.items() if user.name == name)


def get_code(cloud, name: str = "Alice", client_id: str = DEMO_CLIENT_ID,
             redirect: str = REDIRECT) -> str:
    url = cloud.authorize_headless(user_id(cloud, name), client_id, redirect, "st", SCOPE)
    return parse_qs(urlsplit(url).query)["code"][0]


def token_request(cloud, **form) -> dict:
    reply = requests.post(f"{cloud.url}/v2/oauth2", data={"action": "requesttoken", **form},
                          timeout=10)
    assert reply.status_code == 200
    return reply.json()


def exchange(cloud, code: str, redirect: str = REDIRECT, client_id: str = DEMO_CLIENT_ID,
             secret: str = DEMO_CLIENT_SECRET) -> dict:
    return token_request(cloud, grant_type="authorization_code", client_id=client_id,
                         client_secret=secret, code=code, redirect_uri=redirect)


def refresh(cloud, refresh_token: str) -> dict:
    return token_request(cloud, grant_type="refresh_token", client_id=DEMO_CLIENT_ID,
                         client_secret=DEMO_CLIENT_SECRET, refresh_token=refresh_token)


def login(cloud, name: str = "Alice") -> dict:
    """The token body of a fresh login as ``name``."""
    reply = exchange(cloud, get_code(cloud, name))
    assert reply["status"] == 0, reply
    return reply["body"]


def api_call(cloud, path: str, action: str, token: str, timeout: float = 10,
             **params) -> requests.Response:
    return requests.post(f"{cloud.url}{path}", data={"action": action, **params},
                         headers={"Authorization": f"Bearer {token}"}, timeout=timeout)


def api(cloud, path: str, action: str, token: str, **params) -> dict:
    """The whole JSON reply of a data call that must answer HTTP 200."""
    reply = api_call(cloud, path, action, token, **params)
    assert reply.status_code == 200, reply.text
    return reply.json()
