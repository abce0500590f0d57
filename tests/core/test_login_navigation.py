"""The embedded login browser loads Withings' login pages and nothing else (generated URLs)."""

from urllib.parse import urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from withings_gui.core.login_navigation import is_callback, judge_navigation

AUTHORIZE = ("https://account.withings.com/oauth2_user/authorize2?response_type=code"
             "&client_id=abc&state=xyz&redirect_uri=https%3A%2F%2Fha.example.com%2Fauth")
CALLBACK = "https://ha.example.com/auth/external/callback"
DEMO_AUTHORIZE = "http://127.0.0.1:41234/oauth2_user/authorize2?client_id=abc"

hosts = st.one_of(
    st.sampled_from(["account.withings.com", "ACCOUNT.Withings.com", "account.withings.com.",
                     "withings.com", "www.withings.com", "account.withings.com.evil.example",
                     "evil.example", "accounts.google.com", "127.0.0.1", "[::1]",
                     "xn--ccount-3ya.withings.com", "ha.example.com", ""]),
    st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=8),
             min_size=1, max_size=4).map(".".join))
schemes = st.sampled_from(["https", "http", "HTTPS", "javascript", "data", "file", "ftp",
                           "about", "blob", "ws", "wss", "chrome", "view-source", ""])
ports = st.one_of(st.none(), st.sampled_from([443, 80, 444, 8443, 41234, 0]),
                  st.integers(1, 65535))
userinfo = st.sampled_from(["", "user@", "account.withings.com@", "a:b@"])
paths = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789/._-%?=&#@:", max_size=40)


@st.composite
def urls(draw):
    scheme, host, port = draw(schemes), draw(hosts), draw(ports)
    authority = draw(userinfo) + host + (f":{port}" if port is not None else "")
    return f"{scheme}://{authority}/{draw(paths)}"


def _same_origin(url: str, authorize: str) -> bool:
    def origin(text):
        parts = urlsplit(text)
        scheme = parts.scheme.lower()
        return (scheme, (parts.hostname or "").lower().rstrip("."),
                parts.port or {"https": 443, "http": 80}.get(scheme), parts.username)
    try:
        got = origin(url)
    except ValueError:
        return False
    want = origin(authorize)
    return got[:3] == want[:3] and got[0] in ("http", "https") and got[1] != "" \
        and got[3] is None


@pytest.mark.hostile("login browser: navigations to generated URLs")
@settings(max_examples=2000, deadline=None)
@given(url=urls(), authorize=st.sampled_from([AUTHORIZE, DEMO_AUTHORIZE]))
def test_only_the_authorize_origin_loads_and_only_the_callback_is_caught(url, authorize):
    judged = judge_navigation(url, authorize, CALLBACK)
    callback = urlsplit(CALLBACK)
    try:
        parts = urlsplit(url)
        is_callback = (parts.scheme.lower(), (parts.hostname or "").lower(),
                       parts.port or {"https": 443}.get(parts.scheme.lower()), parts.path,
                       parts.username) == ("https", callback.hostname, 443, callback.path,
                                           None)
    except ValueError:
        is_callback = False
    if is_callback:
        assert judged.action == "callback"
    elif _same_origin(url, authorize):
        assert judged.action == "load"
    else:
        assert judged.action == "block"
        # The user is told which host it was (when there is one).
        try:
            host = urlsplit(url).hostname
        except ValueError:
            host = None
        if host:
            assert host in judged.message


@pytest.mark.hostile("login browser: any text as an address")
@settings(max_examples=1000, deadline=None)
@given(st.text(max_size=80))
def test_any_text_as_an_address_gets_an_answer(text):
    assert judge_navigation(text, AUTHORIZE, CALLBACK).action in ("load", "callback", "block")


@pytest.mark.parametrize("url, action", [
    ("https://account.withings.com/oauth2_user/account_login?r=x", "load"),
    ("https://account.withings.com:443/new_workflow/login", "load"),
    ("http://account.withings.com/oauth2_user/authorize2", "block"),   # downgraded
    ("https://account.withings.com:444/", "block"),
    ("https://account.withings.com.evil.example/oauth2_user/authorize2", "block"),
    ("https://account.withings.com@evil.example/", "block"),
    ("https://evil.example/?next=https://account.withings.com/", "block"),
    ("javascript:alert(1)", "block"),
    ("data:text/html,<h1>Log in to Withings</h1>", "block"),
    ("file:///etc/passwd", "block"),
    ("about:blank", "load"),
    ("about:blank#x", "block"),
    (CALLBACK + "?code=abc&state=xyz", "callback"),
    ("https://HA.example.com/auth/external/callback?error=access_denied", "callback"),
    ("https://ha.example.com/auth/external/callback/?code=abc", "block"),  # not the path
    ("http://ha.example.com/auth/external/callback?code=abc", "block"),
])
def test_named_navigations(url, action):
    assert judge_navigation(url, AUTHORIZE, CALLBACK).action == action


def test_the_demo_cloud_is_its_own_login_host():
    assert judge_navigation("http://127.0.0.1:41234/oauth2_user/allow", DEMO_AUTHORIZE,
                            CALLBACK).action == "load"
    blocked = judge_navigation("http://127.0.0.1:41235/", DEMO_AUTHORIZE, CALLBACK)
    assert blocked.action == "block" and "127.0.0.1:41235" in blocked.message


HOME = "https://my.home-assistant.io/redirect/oauth"
# Each a near miss of HOME: the browser must load (or block) it, never take it for the login.
NEAR_MISSES = [
    "https://my.home-assistant.io/redirect/oauth2",          # another path
    "https://my.home-assistant.io/redirect/oauth/",           # a trailing slash
    "https://my.home-assistant.io/redirect/",                 # a parent path
    "https://my.home-assistant.io/?next=/redirect/oauth",     # the path in a query
    "https://my.home-assistant.io/other?code=abc&state=xyz",  # the code on another path
    "http://my.home-assistant.io/redirect/oauth?code=abc",    # http, not https
    "https://my.home-assistant.io:8443/redirect/oauth?code=abc",   # another port
    "https://my.home-assistant.io.evil.example/redirect/oauth?code=abc",  # another host
    "https://evil.example/redirect/oauth?code=abc",
    "https://my.home-assistant.io@evil.example/redirect/oauth?code=abc",
    "https://user@my.home-assistant.io/redirect/oauth?code=abc",
]


@pytest.mark.parametrize("url", NEAR_MISSES)
def test_near_misses_of_the_callback_are_not_the_login(url):
    assert not is_callback(url, HOME)
    assert judge_navigation(url, AUTHORIZE, HOME).action != "callback"


@pytest.mark.parametrize("url", [HOME, HOME + "?code=abc&state=xyz",
                                 "HTTPS://My.Home-Assistant.IO:443/redirect/oauth?error=x"])
def test_the_registered_callback_is_caught_with_any_query(url):
    assert judge_navigation(url, AUTHORIZE, HOME).action == "callback"


@pytest.mark.hostile("login browser: near misses of the callback")
@settings(max_examples=500, deadline=None)
@given(scheme=st.sampled_from(["https", "http"]),
       host=st.sampled_from(["my.home-assistant.io", "my.home-assistant.io.evil.example",
                             "home-assistant.io", "ha.example.com"]),
       port=st.sampled_from(["", ":443", ":8443"]),
       path=st.sampled_from(["/redirect/oauth", "/redirect/oauth/", "/redirect", "/",
                             "/redirect/oauthx", "/REDIRECT/oauth", "/auth/external/callback"]),
       query=st.sampled_from(["", "?code=abc&state=xyz", "?next=/redirect/oauth"]))
def test_only_scheme_host_port_and_path_of_the_registration_are_the_callback(
        scheme, host, port, path, query):
    url = f"{scheme}://{host}{port}{path}{query}"
    exact = (scheme, host, port in ("", ":443"), path) == \
        ("https", "my.home-assistant.io", True, "/redirect/oauth")
    assert is_callback(url, HOME) is exact
