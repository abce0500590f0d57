import unicodedata
from urllib.parse import urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from withings_gui.core.validation import (InputError, check_client_id, check_client_secret,
                                          check_ha_token, check_interval, check_web_address,
                                          normalize_ha_url)

GOOD_ID = "0123456789abcdef" * 4


def test_good_credentials_are_normalised():
    assert check_client_id(f"  {GOOD_ID.upper()}\n") == GOOD_ID
    assert check_client_secret(f'"{GOOD_ID}"') == GOOD_ID


@pytest.mark.parametrize("value, message", [
    ("", "Paste the Client Id"),
    ("   ", "Paste the Client Id"),
    (GOOD_ID[:32] + " " + GOOD_ID[32:], "contains spaces or line breaks"),
    (GOOD_ID[:-1] + "g", "may only contain the letters a–f and digits"),
    ("https://account.withings.com/partner", "may only contain"),
    (GOOD_ID[:-2], "this one has 62"),
    (GOOD_ID + "00", "this one has 66"),
])
def test_bad_client_ids(value, message):
    with pytest.raises(InputError, match=message):
        check_client_id(value)


def test_secret_messages_name_the_secret():
    with pytest.raises(InputError, match="Consumer Secret"):
        check_client_secret("xyz")


@pytest.mark.parametrize("value, expected", [
    ("http://homeassistant.local:8123", "http://homeassistant.local:8123"),
    (" https://ha.example.com/ ", "https://ha.example.com"),
    ("http://[::1]:8123/", "http://[::1]:8123"),
])
def test_ha_urls_are_normalised(value, expected):
    assert normalize_ha_url(value) == expected


@pytest.mark.parametrize("value, message", [
    ("", "Enter the address of your Home Assistant"),
    ("homeassistant.local:8123", "must start with http:// or https://"),
    ("ftp://ha.example.com", "must start with http:// or https://"),
    ("http://", "must start with http"),
    ("http://ha:99999", "not a number from 1 to 65535"),
    ("http://ha:0", "not a number from 1 to 65535"),
    ("http://user:pw@ha:8123", "Leave the user name and password out"),
    ("http://ha:8123/lovelace/0", "Use the base address only"),
    ("http://ha:8123/?x=1", "Use the base address only"),
])
def test_bad_ha_urls(value, message):
    with pytest.raises(InputError, match=message):
        normalize_ha_url(value)


@pytest.mark.parametrize("value, message", [
    ("", "Paste a long-lived access token"),
    ("abc def", "spaces or line breaks"),
    ("not-a-token", "does not look like a Home Assistant long-lived access token"),
    ("a" * 200, "does not look like"),
])
def test_bad_ha_tokens(value, message):
    with pytest.raises(InputError, match=message):
        check_ha_token(value)


def test_plausible_token_passes():
    token = "eyJ" + "a" * 60 + "." + "b" * 60 + "." + "c" * 40
    assert check_ha_token(f" {token}\n") == token


@pytest.mark.parametrize("minutes", [0, -5, 24 * 60 + 1])
def test_interval_bounds(minutes):
    with pytest.raises(InputError, match="1 to 1440 minutes"):
        check_interval(minutes)


@pytest.mark.parametrize("value, reason", [
    ("http://[::1", "brackets are only for a whole IPv6 address"),
    ("http://[::1]x:80", "is not an IPv6 address"),
    ("http://[1.2.3.4]", "brackets are only for a whole IPv6 address"),
    ("http://ha\nlocal:8123", "contains a line break at position 10"),
    ("http://ha.local:8123\n/x", "contains a line break"),
    ("http://ha\t.local", "invisible character (U+0009)"),
    ("http://ha\u200b.local", "invisible character (U+200B)"),
    ("http://ha\x1b[31m.local", "invisible character (U+001B)"),
    ("http://@ha.local:8123", "Leave the user name and password out"),
    ("http://user@ha.local:8123", "Leave the user name and password out"),
    ("http://:pw@ha.local", "Leave the user name and password out"),
    ("http://a..b:8123", "has an empty part between dots"),
    ("http://.ha.local", "has an empty part between dots"),
    ("http://" + "a" * 64 + ".example.com", "is 64 characters long; at most 63"),
    ("http://" + ".".join(["a" * 60] * 5), "longer than 253 characters"),
    ("http://ha_box.local", "contains '_', which host names cannot have"),
    ("http://ha.lo%63al", "contains '%'"),
    ("http://ha!.local", "contains '!'"),
    ("http://-ha.local", "starts or ends with '-'"),
    ("http://ha-.local", "starts or ends with '-'"),
    ("http://999.1.1.1:8123", "is not a valid IP address"),
    ("http://ha.local:", "gives no port"),
    ("http://ha.local:0", "not a number from 1 to 65535"),
    ("http://ha.local:65536", "not a number from 1 to 65535"),
    ("http://ha.local:+80", "not a number from 1 to 65535"),
    ("http://ha.local:\uff18\uff10", "not a number from 1 to 65535"),  # full-width "80"
])
def test_impossible_addresses_are_refused_with_the_reason(value, reason):
    with pytest.raises(InputError) as caught:
        normalize_ha_url(value)
    assert reason in str(caught.value) and "\n" not in str(caught.value)
    assert len(str(caught.value)) < 400  # one readable line, whatever was pasted


@pytest.mark.parametrize("value, expected", [
    ("http://ha.local:8123\n", "http://ha.local:8123"),      # pasted from a terminal
    ("\t http://ha.local:8123/ \r\n", "http://ha.local:8123"),
    ("https://ha.example.com.", "https://ha.example.com."),  # a full DNS name, kept as typed
    ("http://zoë.example:8123", "http://zoë.example:8123"),  # an international name
    ("http://[fd00::1]:8123", "http://[fd00::1]:8123"),
    ("http://192.168.1.5:8123", "http://192.168.1.5:8123"),
    ("http://" + "a" * 63 + ".local", "http://" + "a" * 63 + ".local"),
])
def test_good_addresses_are_kept_as_typed(value, expected):
    assert normalize_ha_url(value) == expected


def test_callback_addresses_share_the_rules():
    with pytest.raises(InputError, match="user name and password"):
        check_web_address("user@ha.example.com", "address", default_scheme="https")
    with pytest.raises(InputError, match="line break"):
        check_web_address("ha.exa\nmple.com", "address", default_scheme="https")
    text, parts = check_web_address(" ha.example.com\n", "address", default_scheme="https")
    assert text == "https://ha.example.com" and parts.hostname == "ha.example.com"


URL_CHARS = st.sampled_from(list("ab9.-_:/@[]%?#") + ["\n", "\t", " ", "ë", "\u200b", "::1",
                                                      "8123", "ha", "." * 2, "a" * 64])
URLISH = st.builds(lambda scheme, body: scheme + "".join(body),
                   st.sampled_from(["http://", "https://", "", "ftp://", "http:/"]),
                   st.lists(URL_CHARS, max_size=12))


def _accepted_is_exactly_what_was_typed(value: str) -> None:
    try:
        result = normalize_ha_url(value)
    except InputError as exc:
        assert str(exc) and "\n" not in str(exc) and len(str(exc)) < 600
        return
    typed = value.strip()
    # Never edited: the result is what was typed, less trailing slashes.
    assert typed.startswith(result) and set(typed[len(result):]) <= {"/"}
    parts = urlsplit(result)
    assert parts.scheme in ("http", "https") and parts.hostname and "@" not in parts.netloc
    assert parts.port is None or 1 <= parts.port <= 65535
    assert not any(ch.isspace() or unicodedata.category(ch).startswith("C") for ch in result)


@settings(max_examples=1500, deadline=None)
@given(value=URLISH)
def test_any_url_like_text_is_kept_as_typed_or_refused(value, figures):
    figures.held("HA / callback URL text (URL-like)", "tests/core/test_validation.py")
    _accepted_is_exactly_what_was_typed(value)


@settings(max_examples=1500, deadline=None)
@given(value=st.text(max_size=60))
def test_any_text_is_kept_as_typed_or_refused(value, figures):
    figures.held("HA / callback URL text (any text)", "tests/core/test_validation.py")
    _accepted_is_exactly_what_was_typed(value)
    _accepted_is_exactly_what_was_typed("http://" + value)
