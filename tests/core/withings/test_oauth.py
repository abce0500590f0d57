from urllib.parse import parse_qs, urlsplit

import pytest

from tests.core.withings.conftest import REDIRECT, alice
from withings_gui.core.redact import redact
from withings_gui.core.withings.endpoints import Endpoints
from withings_gui.core.withings.errors import (AccessDeniedError, InvalidCodeError,
                                               RedirectUriMismatchError, StateMismatchError,
                                               WithingsNetworkError)
from withings_gui.core.withings.oauth import (SCOPES, TokenSet, build_authorize_url,
                                              exchange_code, parse_redirect)
from withings_gui.demo.cloud import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET


def test_authorize_url_has_what_withings_needs():
    url = build_authorize_url(Endpoints(), "cid", REDIRECT, "st4te")
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == \
        "https://account.withings.com/oauth2_user/authorize2"
    assert parse_qs(parts.query) == {"response_type": ["code"], "client_id": ["cid"],
                                     "state": ["st4te"], "scope": [SCOPES],
                                     "redirect_uri": [REDIRECT]}
    assert "scope=user.info,user.metrics" in url  # commas as Withings documents them


@pytest.mark.parametrize("url, error, message", [
    (f"{REDIRECT}?code=abc&state=other", StateMismatchError, "state mismatch"),
    (f"{REDIRECT}?code=abc", StateMismatchError, "state mismatch"),
    (f"{REDIRECT}?error=access_denied&state=s1", AccessDeniedError, "denied"),
    (f"{REDIRECT}?state=s1", ValueError, "no authorization code"),
    ("https://evil.example.com/auth/external/callback?code=abc&state=s1", ValueError,
     "not the callback address"),
    ("http://ha.example.com/auth/external/callback?code=abc&state=s1", ValueError,
     "not the callback address"),
    ("just some text", ValueError, "not the callback address"),
])
def test_bad_redirects(url, error, message):
    with pytest.raises(error, match=message):
        parse_redirect(url, REDIRECT, "s1")


def test_pasted_redirect_tolerates_quotes_and_whitespace():
    code = parse_redirect(f'  "{REDIRECT}/?state=s1&code=c0de-123456"\n', REDIRECT, "s1")
    assert code == "c0de-123456" and "c0de-123456" not in redact("got c0de-123456")


def _code(cloud, redirect=REDIRECT):
    url = cloud.authorize_headless(alice(cloud), DEMO_CLIENT_ID, redirect, "s", SCOPES)
    return parse_redirect(url, redirect, "s")


def test_code_exchange_gives_tokens(cloud, endpoints, clock):
    tokens = exchange_code(endpoints, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, _code(cloud),
                           REDIRECT, clock)
    assert tokens.userid == str(alice(cloud)) and tokens.expires_at == clock.now + 10800
    assert TokenSet.from_json(tokens.to_json()) == tokens


def test_expired_code(cloud, endpoints, clock):
    code = _code(cloud)
    clock.advance(31)
    with pytest.raises(InvalidCodeError, match="expired or was already used"):
        exchange_code(endpoints, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, code, REDIRECT, clock)


def test_code_is_single_use(cloud, endpoints, clock):
    code = _code(cloud)
    exchange_code(endpoints, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, code, REDIRECT, clock)
    with pytest.raises(InvalidCodeError):
        exchange_code(endpoints, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, code, REDIRECT, clock)


def test_redirect_uri_mismatch_is_293(cloud, endpoints, clock):
    with pytest.raises(RedirectUriMismatchError, match="exactly the Callback URI"):
        exchange_code(endpoints, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, _code(cloud),
                      "https://other.example.com/auth/external/callback", clock)


def test_wrong_secret_is_reported_with_withings_words(cloud, endpoints, clock):
    with pytest.raises(InvalidCodeError, match="invalid client_secret"):
        exchange_code(endpoints, DEMO_CLIENT_ID, "0" * 64, _code(cloud), REDIRECT, clock)


def test_unreachable_withings(clock):
    dead = Endpoints("http://127.0.0.1:9", "http://127.0.0.1:9")
    with pytest.raises(WithingsNetworkError, match="Could not reach Withings"):
        exchange_code(dead, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, "c", REDIRECT, clock)


@pytest.mark.parametrize("env, message", [
    ({"WITHINGS_GUI_API_URL": "http://example.com"}, "use an https:// URL"),
    ({"WITHINGS_GUI_AUTH_URL": "ftp://127.0.0.1"}, "use an https:// URL"),
])
def test_endpoint_overrides_must_be_https_unless_local(env, message):
    with pytest.raises(ValueError, match=message):
        Endpoints.from_env(env)


def test_endpoint_overrides():
    endpoints = Endpoints.from_env({"WITHINGS_GUI_API_URL": "http://127.0.0.1:5000/",
                                    "WITHINGS_GUI_AUTH_URL": "https://auth.example.com"})
    assert endpoints.token_url == "http://127.0.0.1:5000/v2/oauth2"
    assert endpoints.authorize_url == "https://auth.example.com/oauth2_user/authorize2"
    assert Endpoints.from_env({}) == Endpoints()
