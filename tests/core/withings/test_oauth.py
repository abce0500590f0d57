"""Login: authorize URL, the redirect coming back, and the code exchange at the cloud."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from hypothesis import HealthCheck, event, given, settings

from tests.core.withings.conftest import REDIRECT, alice
from tests.core.withings.token_replies import good_reply, replies, reply_bytes, token_endpoint
from withings_gui.core.redact import redact
from withings_gui.core.withings.endpoints import Endpoints
from withings_gui.core.withings.errors import (AccessDeniedError, InvalidCodeError,
                                               RateLimitedError, RedirectUriMismatchError,
                                               StateMismatchError, WithingsError,
                                               WithingsNetworkError, WithingsServerError)
from withings_gui.core.withings.oauth import (SCOPES, IncompleteTokenReplyError, TokenSet,
                                              build_authorize_url, exchange_code, new_state,
                                              parse_redirect)
from withings_gui.demo.cloud import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET


def test_authorize_url_has_what_withings_needs():
    url = build_authorize_url(Endpoints(), "cid", REDIRECT, "st4te")
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == \
        "https://account.withings.com/oauth2_user/authorize2"
    assert parse_qs(parts.query) == {"response_type": ["code"], "client_id": ["cid"],
                                     "state": ["st4te"], "scope": [SCOPES],
                                     "redirect_uri": [REDIRECT]}
    assert SCOPES == "user.info,user.metrics,user.activity,user.sleepevents"
    assert "scope=user.info,user.metrics" in url  # commas as Withings documents them


def test_states_are_random_and_long():
    states = {new_state() for _ in range(50)}
    assert len(states) == 50 and min(len(s) for s in states) >= 24


@pytest.mark.parametrize("url, error, message", [
    (f"{REDIRECT}?code=abc&state=other", StateMismatchError, "state mismatch"),
    (f"{REDIRECT}?code=abc", StateMismatchError, "state mismatch"),
    (f"{REDIRECT}?code=abc&state=", StateMismatchError, "state mismatch"),
    (f"{REDIRECT}?error=access_denied&state=s1", AccessDeniedError, "denied"),
    (f"{REDIRECT}?error=access_denied", AccessDeniedError, "denied"),
    (f"{REDIRECT}?error=access_denied&state=other", StateMismatchError, "state mismatch"),
    (f"{REDIRECT}?error=server_error&state=s1", WithingsError, "server_error"),
    (f"{REDIRECT}?state=s1", ValueError, "no authorization code"),
    (f"{REDIRECT}?state=s1&code=", ValueError, "no authorization code"),
    ("https://evil.example.com/auth/external/callback?code=abc&state=s1", ValueError,
     "not the callback address"),
    ("http://ha.example.com/auth/external/callback?code=abc&state=s1", ValueError,
     "not the callback address"),
    ("https://ha.example.com:8443/auth/external/callback?code=abc&state=s1", ValueError,
     "not the callback address"),
    ("https://ha.example.com/auth/other?code=abc&state=s1", ValueError,
     "not the callback address"),
    ("just some text", ValueError, "not the callback address"),
    ("", ValueError, "not the callback address"),
])
def test_bad_redirects(url, error, message):
    with pytest.raises(error, match=message):
        parse_redirect(url, REDIRECT, "s1")


@pytest.mark.parametrize("pasted", [
    f'  "{REDIRECT}/?state=s1&code=c0de-123456"\n',
    f"'{REDIRECT}?code=c0de-123456&state=s1'",
    f"<{REDIRECT}?code=c0de-123456&amp;state=s1>",
    "HTTPS://HA.Example.com:443/auth/external/callback?code=c0de-123456&state=s1",
    "ha.example.com/auth/external/callback?code=c0de-123456&state=s1",
])
def test_pasted_redirect_tolerates_quotes_whitespace_and_case(pasted):
    code = parse_redirect(pasted, REDIRECT, "s1")
    assert code == "c0de-123456" and "c0de-123456" not in redact("got c0de-123456")


def _browser_login(cloud, decision, state="s"):
    """What the embedded browser does: load Withings' page, click, follow to the callback."""
    url = build_authorize_url(Endpoints(cloud.url, cloud.url), DEMO_CLIENT_ID, REDIRECT, state)
    page = requests.get(url, timeout=10)
    fields = dict(re.findall(r'type="hidden" name="([^"]+)" value="([^"]*)"', page.text))
    answer = requests.post(f"{cloud.url}/oauth2_user/authorize2", allow_redirects=False,
                           data={**fields, "userid": alice(cloud), "decision": decision},
                           timeout=10)
    assert answer.status_code == 302
    return answer.headers["Location"]


def test_login_through_the_withings_page(cloud, endpoints, clock):
    code = parse_redirect(_browser_login(cloud, "allow", "st-1"), REDIRECT, "st-1")
    tokens = exchange_code(endpoints, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, code, REDIRECT, clock)
    assert tokens.userid == str(alice(cloud)) and tokens.expires_at == clock.now + 10800
    assert tokens.scope == SCOPES
    assert TokenSet.from_json(tokens.to_json()) == tokens
    for secret in (tokens.access_token, tokens.refresh_token, DEMO_CLIENT_SECRET):
        assert secret not in redact(f"log line with {secret}")


def test_denied_on_the_withings_page(cloud):
    with pytest.raises(AccessDeniedError):
        parse_redirect(_browser_login(cloud, "deny", "st-2"), REDIRECT, "st-2")


def test_redirect_of_an_older_login_attempt_is_refused(cloud):
    with pytest.raises(StateMismatchError):
        parse_redirect(_browser_login(cloud, "allow", "old-attempt"), REDIRECT, "new-attempt")


def _code(cloud, redirect=REDIRECT):
    url = cloud.authorize_headless(alice(cloud), DEMO_CLIENT_ID, redirect, "s", SCOPES)
    return parse_redirect(url, redirect, "s")


def _exchange(endpoints, code, clock, redirect=REDIRECT, secret=DEMO_CLIENT_SECRET):
    return exchange_code(endpoints, DEMO_CLIENT_ID, secret, code, redirect, clock)


def test_expired_code(cloud, endpoints, clock):
    code = _code(cloud)
    clock.advance(31)  # codes live 30 s
    with pytest.raises(InvalidCodeError, match="expired or was already used") as caught:
        _exchange(endpoints, code, clock)
    assert caught.value.status == 503 and "log in again" in str(caught.value)


def test_code_used_within_its_30_seconds_works(cloud, endpoints, clock):
    code = _code(cloud)
    clock.advance(29)
    assert _exchange(endpoints, code, clock).access_token


def test_code_is_single_use(cloud, endpoints, clock):
    code = _code(cloud)
    _exchange(endpoints, code, clock)
    with pytest.raises(InvalidCodeError, match="expired or was already used"):
        _exchange(endpoints, code, clock)


def test_redirect_uri_mismatch_is_293(cloud, endpoints, clock):
    with pytest.raises(RedirectUriMismatchError, match="exactly the Callback URI") as caught:
        _exchange(endpoints, _code(cloud), clock,
                  redirect="https://other.example.com/auth/external/callback")
    assert caught.value.status == 293


def test_wrong_secret_is_reported_with_withings_words(cloud, endpoints, clock):
    with pytest.raises(InvalidCodeError, match="invalid client_secret") as caught:
        _exchange(endpoints, _code(cloud), clock, secret="0" * 64)
    assert "Consumer Secret" in str(caught.value)


@pytest.mark.parametrize("fault, error, message", [
    ({"kind": "status", "status": 503}, InvalidCodeError, "expired or was already used"),
    ({"kind": "status", "status": 401}, InvalidCodeError, "expired or was already used"),
    ({"kind": "status", "status": 100}, InvalidCodeError, "log in again"),
    ({"kind": "status", "status": 101}, InvalidCodeError, "log in again"),
    ({"kind": "status", "status": 102}, InvalidCodeError, "log in again"),
    ({"kind": "status", "status": 293}, RedirectUriMismatchError, "Callback URI"),
    ({"kind": "status", "status": 601, "retry_after": 45}, RateLimitedError, "45 s"),
    ({"kind": "status", "status": 601}, RateLimitedError, "60 s"),
    ({"kind": "status", "status": 522}, WithingsServerError, "status 522"),
    ({"kind": "http", "status": 502}, WithingsServerError, "HTTP 502"),
    ({"kind": "http", "status": 429}, RateLimitedError, "60 s"),
    ({"kind": "malformed"}, WithingsServerError, "not valid JSON"),
])
def test_token_endpoint_errors_during_login(cloud, endpoints, clock, fault, error, message):
    options = dict(fault)
    cloud.faults.add(options.pop("kind"), path="/v2/oauth2", action="requesttoken", **options)
    with pytest.raises(error, match=message):
        _exchange(endpoints, _code(cloud), clock)
    assert cloud.request_count(path="/v2/oauth2") == 1


def test_unreachable_withings(clock):
    dead = Endpoints("http://127.0.0.1:9", "http://127.0.0.1:9")
    with pytest.raises(WithingsNetworkError, match="Could not reach Withings"):
        exchange_code(dead, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, "c", REDIRECT, clock)


@pytest.mark.parametrize("stored", [
    '{"access_token": "a", "refresh_token": "r", "expires_at": "5", "userid": 123, '
    '"scope": null}',
    '{"access_token": "a", "refresh_token": "r", "expires_at": 5.0, "userid": "123"}',
])
def test_saved_token_sets_read_back_with_loose_types(stored):
    assert TokenSet.from_json(stored) == TokenSet("a", "r", 5.0, "123", "")


@pytest.mark.parametrize("stored", ['{"access_token": "a"}', "[]", "not json"])
def test_incomplete_token_sets_are_refused(stored):
    with pytest.raises(ValueError):
        TokenSet.from_json(stored)


# Token replies from a server that is not the simulated cloud: what Withings might send.

@pytest.fixture
def token_server():
    with token_endpoint() as served:
        yield served


@pytest.mark.hostile("token reply without refresh_token / access_token")
@pytest.mark.parametrize("body, missing", [
    ({"access_token": "access-1", "expires_in": 10800, "userid": 42}, "refresh token"),
    ({"refresh_token": "refresh-1", "expires_in": 10800, "userid": 42}, "access token"),
    ({"access_token": "access-1", "refresh_token": None, "userid": 42}, "refresh token"),
    ({"access_token": "", "refresh_token": "refresh-1"}, "access token"),
    ({"access_token": "access-1", "refresh_token": 12345}, "refresh token"),
    ({"access_token": "access 1\n", "refresh_token": "refresh-1"}, "access token"),
])
def test_a_login_answer_without_both_tokens_is_refused(token_server, clock, body, missing):
    server, endpoints = token_server
    server.reply = reply_bytes({"status": 0, "body": body})
    with pytest.raises(IncompleteTokenReplyError, match=f"without a usable {missing}"):
        exchange_code(endpoints, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, "c0de", REDIRECT, clock)


@pytest.mark.hostile("absurd or non-numeric expires_in")
@pytest.mark.parametrize("expires_in", ["abc", -5, 0, 1, 1e30, "nan", "inf", "-inf", [10800],
                                        {"s": 1}, 10**400, True, False, None, "", "1e400",
                                        40 * 86400])
def test_an_unbelievable_lifetime_means_the_documented_three_hours(token_server, clock,
                                                                    expires_in):
    server, endpoints = token_server
    server.reply = reply_bytes({"status": 0, "body": {
        "access_token": "access-1", "refresh_token": "refresh-1", "userid": 42,
        "expires_in": expires_in}})
    tokens = exchange_code(endpoints, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, "c0de", REDIRECT,
                           clock)
    assert tokens.expires_at == clock.now + 3 * 3600
    assert (tokens.access_token, tokens.refresh_token, tokens.userid) == \
        ("access-1", "refresh-1", "42")


@pytest.mark.parametrize("expires_in, lifetime", [(3600, 3600), ("7200", 7200),
                                                  (86400.5, 86400)])
def test_a_believable_lifetime_is_kept(token_server, clock, expires_in, lifetime):
    server, endpoints = token_server
    server.reply = good_reply(expires_in=expires_in)
    tokens = exchange_code(endpoints, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, "c0de", REDIRECT,
                           clock)
    assert tokens.expires_at == clock.now + lifetime


LOGIN_REPLY_CASES = 150


@pytest.mark.hostile("Withings login (code exchange): any JSON reply")
@settings(max_examples=LOGIN_REPLY_CASES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(reply=replies)
def test_any_json_login_answer_gives_tokens_or_a_named_error(token_server, clock, reply):
    server, endpoints = token_server
    server.reply = reply_bytes(reply)
    try:
        tokens = exchange_code(endpoints, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, "c0de", REDIRECT,
                               clock)
    except WithingsError as exc:
        assert str(exc) and "\n" not in str(exc)
        event(f"refused: {type(exc).__name__}")
        return
    event("accepted")
    for token in (tokens.access_token, tokens.refresh_token):
        assert token and all("!" <= char <= "~" for char in token)
    assert clock.now + 20 * 60 <= tokens.expires_at <= clock.now + 30 * 86400
    assert TokenSet.from_json(tokens.to_json()) == tokens
