"""Withings hosts: the real ones by default, local overrides only over https or to loopback."""

import pytest

from withings_gui.core.withings.endpoints import Endpoints, is_loopback_http
from withings_gui.core.withings.oauth import exchange_code


def test_defaults_are_withings():
    endpoints = Endpoints()
    assert endpoints.authorize_url == "https://account.withings.com/oauth2_user/authorize2"
    assert endpoints.token_url == "https://wbsapi.withings.net/v2/oauth2"
    assert endpoints.api("/measure") == "https://wbsapi.withings.net/measure"
    assert Endpoints.from_env({}) == endpoints
    assert Endpoints.from_env({"WITHINGS_GUI_API_URL": "  "}) == endpoints


@pytest.mark.parametrize("url", ["http://127.0.0.1:5000", "http://localhost:8080/",
                                 "http://[::1]:9000", "https://withings.example.com",
                                 " https://api.example.com/ "])
def test_allowed_overrides(url):
    endpoints = Endpoints.from_env({"WITHINGS_GUI_API_URL": url, "WITHINGS_GUI_AUTH_URL": url})
    clean = url.strip().rstrip("/")
    assert endpoints.api_url == endpoints.auth_url == clean
    assert endpoints.token_url == f"{clean}/v2/oauth2"
    assert endpoints.authorize_url == f"{clean}/oauth2_user/authorize2"


@pytest.mark.parametrize("name", ["WITHINGS_GUI_API_URL", "WITHINGS_GUI_AUTH_URL"])
@pytest.mark.parametrize("url", ["http://example.com", "http://192.168.1.10:8080",
                                 "http://localhost.example.com", "http://127.0.0.1@evil.com",
                                 "ftp://127.0.0.1", "wbsapi.withings.net", "https://",
                                 "http://127.0.0.1:port"])
def test_unsafe_overrides_are_refused_with_a_clear_message(name, url):
    with pytest.raises(ValueError, match=name) as caught:
        Endpoints.from_env({name: url})
    assert "https://" in str(caught.value) or "not a valid URL" in str(caught.value)


def test_loopback_check():
    assert is_loopback_http("http://127.0.0.1:1/x") and is_loopback_http("http://[::1]/")
    assert not is_loopback_http("https://127.0.0.1") and not is_loopback_http("http://10.0.0.1")


def test_tokens_never_travel_over_plain_http_to_another_machine():
    # Endpoints built by hand skip from_env; the token call still refuses.
    unsafe = Endpoints("http://withings.invalid", "http://withings.invalid")
    with pytest.raises(ValueError, match="https"):
        exchange_code(unsafe, "cid", "secret", "code", "https://ha.example.com/cb")
