"""Token endpoint semantics, on the injected clock: codes, expiry, rotation, the grace rule."""

import re

import pytest

from tests.demo.conftest import (
    api,
    exchange,
    get_code,
    login,
    refresh,
    token_request,
    user_id,
)
from withings_gui.demo.cloud import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET

INVALID_TOKEN = {"status": 401, "body": {},
                 "error": "XRequestError: Invalid Params: invalid token"}


def goals(cloud, token):
    return api(cloud, "/v2/user", "getgoals", token)


def test_demo_credentials_look_like_withings_ones():
    for value in (DEMO_CLIENT_ID, DEMO_CLIENT_SECRET):
        assert re.fullmatch(r"[0-9a-f]{64}", value)
    assert DEMO_CLIENT_ID != DEMO_CLIENT_SECRET


def test_code_exchange_reply_is_wrapped_like_withings(cloud):
    reply = exchange(cloud, get_code(cloud))
    assert reply["status"] == 0
    body = reply["body"]
    assert set(body) == {"userid", "access_token", "refresh_token", "expires_in", "scope",
                         "csrf_token", "token_type"}
    assert body["userid"] == str(user_id(cloud, "Alice"))
    assert body["expires_in"] == 10800 and body["token_type"] == "Bearer"
    assert re.fullmatch(r"[0-9a-f]{40}", body["access_token"])
    assert body["access_token"] != body["refresh_token"]
    assert goals(cloud, body["access_token"])["status"] == 0


def test_code_lives_30_seconds(cloud, clock):
    fresh, stale = get_code(cloud), get_code(cloud)
    clock.advance(30)
    assert exchange(cloud, fresh)["status"] == 0
    clock.advance(1)
    assert exchange(cloud, stale) == {"status": 503, "body": {},
                                      "error": "Invalid Params: invalid code"}


def test_code_is_single_use(cloud):
    code = get_code(cloud)
    assert exchange(cloud, code)["status"] == 0
    assert exchange(cloud, code)["status"] == 503


def test_redirect_uri_must_match_the_authorize_one(cloud):
    code = get_code(cloud)
    mismatch = exchange(cloud, code, redirect="https://other.example.com/cb")
    assert mismatch["status"] == 293 and "redirect_uri" in mismatch["error"]
    assert exchange(cloud, code)["status"] == 0  # a refused exchange did not use the code


def test_client_is_checked(cloud):
    assert exchange(cloud, get_code(cloud), secret="0" * 64)["status"] == 401
    assert exchange(cloud, get_code(cloud), client_id="1" * 64)["status"] == 503
    cloud.register_app("a" * 64, "b" * 64, None)
    mine = get_code(cloud, client_id="a" * 64)
    # A code belongs to the app it was issued to.
    assert exchange(cloud, get_code(cloud), client_id="a" * 64, secret="b" * 64)["status"] == 503
    assert exchange(cloud, mine)["status"] == 503
    assert exchange(cloud, mine, client_id="a" * 64, secret="b" * 64)["status"] == 0


def test_missing_or_unknown_grant_is_invalid_params(cloud):
    reply = token_request(cloud, client_id=DEMO_CLIENT_ID, client_secret=DEMO_CLIENT_SECRET)
    assert reply["status"] == 503 and "grant_type" in reply["error"]


def test_access_token_lasts_three_hours(cloud, clock):
    token = login(cloud)["access_token"]
    clock.advance(3 * 3600 - 1)
    assert goals(cloud, token)["status"] == 0
    clock.advance(1)
    assert goals(cloud, token) == INVALID_TOKEN


def test_data_needs_a_bearer_token(cloud):
    assert goals(cloud, "") == INVALID_TOKEN
    assert goals(cloud, "0" * 40) == INVALID_TOKEN


def test_every_refresh_rotates_the_refresh_token(cloud):
    first = login(cloud)
    second = refresh(cloud, first["refresh_token"])["body"]
    third = refresh(cloud, second["refresh_token"])["body"]
    tokens = {first["refresh_token"], second["refresh_token"], third["refresh_token"],
              first["access_token"], second["access_token"], third["access_token"]}
    assert len(tokens) == 6
    assert second["userid"] == third["userid"] == first["userid"]
    assert goals(cloud, third["access_token"])["status"] == 0
    assert cloud.tokens.refresh_count == 2


def test_old_refresh_token_works_until_the_new_access_token_is_used(cloud):
    old = login(cloud)["refresh_token"]
    lost = refresh(cloud, old)["body"]  # as if this reply never reached the app
    retry = refresh(cloud, old)
    assert retry["status"] == 0
    new = retry["body"]
    assert new["refresh_token"] != lost["refresh_token"]
    assert goals(cloud, new["access_token"])["status"] == 0  # first use retires ``old``
    assert refresh(cloud, old) == {"status": 503, "body": {},
                                   "error": "Invalid Params: invalid refresh_token"}
    # The chain goes on from the newest refresh token (and, unused, from the lost one).
    assert refresh(cloud, new["refresh_token"])["status"] == 0
    assert refresh(cloud, lost["refresh_token"])["status"] == 0


def test_old_refresh_token_dies_eight_hours_after_its_first_use(cloud, clock):
    old = login(cloud)["refresh_token"]
    new = refresh(cloud, old)["body"]
    clock.advance(8 * 3600)
    assert refresh(cloud, old)["status"] == 0
    clock.advance(1)
    assert refresh(cloud, old)["status"] == 503
    assert refresh(cloud, new["refresh_token"])["status"] == 0


def test_old_access_token_keeps_working_after_a_refresh(cloud):
    first = login(cloud)
    refresh(cloud, first["refresh_token"])
    assert goals(cloud, first["access_token"])["status"] == 0


@pytest.mark.parametrize("who", [None, "Alice"])
def test_revoking_ends_every_token_of_the_user(cloud, who):
    alice, bob = login(cloud, "Alice"), login(cloud, "Bob")
    cloud.tokens.revoke_user(None if who is None else user_id(cloud, who))
    assert goals(cloud, alice["access_token"]) == INVALID_TOKEN
    assert refresh(cloud, alice["refresh_token"])["status"] == 503
    assert (goals(cloud, bob["access_token"])["status"] == 0) is (who is not None)


def test_tokens_do_not_cross_users(cloud):
    bob = login(cloud, "Bob")
    devices = api(cloud, "/v2/user", "getdevice", bob["access_token"])["body"]["devices"]
    assert {d["model"] for d in devices} == {"BPM Connect", "Body Scan"}
