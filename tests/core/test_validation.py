import pytest

from withings_gui.core.validation import (InputError, check_client_id, check_client_secret,
                                          check_ha_token, check_interval, normalize_ha_url)

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
