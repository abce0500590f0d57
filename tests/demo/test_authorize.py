"""The login/consent page a browser clicks through, and its errors."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from tests.demo.conftest import REDIRECT, SCOPE, exchange, user_id
from withings_gui.demo.cloud import DEMO_CLIENT_ID

PAGE = "/oauth2_user/authorize2"


def open_page(cloud, **params):
    query = {"response_type": "code", "client_id": DEMO_CLIENT_ID, "state": "st-123",
             "scope": SCOPE, "redirect_uri": REDIRECT, **params}
    return requests.get(f"{cloud.url}{PAGE}", params=query, allow_redirects=False, timeout=10)


def submit(cloud, page_html: str, **choices):
    hidden = dict(re.findall(r'type="hidden" name="([^"]+)" value="([^"]*)"', page_html))
    return requests.post(f"{cloud.url}{PAGE}", data={**hidden, **choices},
                         allow_redirects=False, timeout=10)


def test_page_offers_the_demo_people_and_both_buttons(cloud):
    reply = open_page(cloud)
    assert reply.status_code == 200 and reply.headers["Content-Type"].startswith("text/html")
    for element in ('id="user-alice"', 'id="user-bob"', 'id="allow"', 'id="deny"',
                    "Allow this app", "Cancel", "Simulated Withings — demo",
                    "alice@example.com"):
        assert element in reply.text
    assert re.search(r'<form method="post" action="/oauth2_user/authorize2">', reply.text)


def test_allow_redirects_with_a_code_for_the_chosen_person(cloud):
    bob = user_id(cloud, "Bob")
    answer = submit(cloud, open_page(cloud).text, userid=str(bob), decision="allow")
    assert answer.status_code == 302
    location = urlsplit(answer.headers["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == REDIRECT
    query = parse_qs(location.query)
    assert query["state"] == ["st-123"] and set(query) == {"code", "state"}
    tokens = exchange(cloud, query["code"][0])
    assert tokens["status"] == 0 and tokens["body"]["userid"] == str(bob)
    assert tokens["body"]["scope"] == SCOPE


def test_cancel_redirects_with_access_denied(cloud):
    answer = submit(cloud, open_page(cloud).text, decision="deny")
    assert answer.status_code == 302
    assert parse_qs(urlsplit(answer.headers["Location"]).query) == {
        "error": ["access_denied"], "state": ["st-123"]}


@pytest.mark.parametrize("params, named", [
    ({"client_id": "f" * 64}, "Invalid client_id"),
    ({"redirect_uri": "http://ha.example.com/auth/external/callback"}, "Invalid redirect_uri"),
    ({"redirect_uri": ""}, "Invalid redirect_uri"),
    ({"response_type": "token"}, "Invalid response_type"),
])
def test_bad_requests_show_an_error_page_and_never_redirect(cloud, params, named):
    reply = open_page(cloud, **params)
    assert reply.status_code == 400 and "Location" not in reply.headers
    assert named in reply.text and 'id="error"' in reply.text


def test_registered_callbacks_are_matched_exactly(cloud):
    cloud.register_app("a" * 64, "b" * 64, [REDIRECT])
    assert open_page(cloud, client_id="a" * 64).status_code == 200
    wrong = open_page(cloud, client_id="a" * 64, redirect_uri=REDIRECT + "/")
    assert wrong.status_code == 400
    assert "redirect_uri_mismatch" in wrong.text
    with pytest.raises(ValueError, match="redirect_uri"):
        cloud.authorize_headless(user_id(cloud, "Alice"), "a" * 64, REDIRECT + "/", "s", SCOPE)


def test_a_tampered_form_cannot_redirect_elsewhere(cloud):
    html = open_page(cloud).text.replace(REDIRECT, "http://evil.example.com/cb")
    answer = submit(cloud, html, userid=str(user_id(cloud, "Alice")), decision="allow")
    assert answer.status_code == 400 and "Location" not in answer.headers


def test_an_unknown_account_is_refused(cloud):
    answer = submit(cloud, open_page(cloud).text, userid="999", decision="allow")
    assert answer.status_code == 400 and "Unknown account" in answer.text


def test_headless_authorize_is_what_the_page_does(cloud):
    url = cloud.authorize_headless(user_id(cloud, "Alice"), DEMO_CLIENT_ID,
                                   REDIRECT + "?x=1", "s&t", SCOPE)
    parts = urlsplit(url)
    assert parts.path == "/auth/external/callback"
    assert parse_qs(parts.query)["state"] == ["s&t"] and parse_qs(parts.query)["x"] == ["1"]
    with pytest.raises(ValueError, match="user"):
        cloud.authorize_headless(999, DEMO_CLIENT_ID, REDIRECT, "s", SCOPE)
