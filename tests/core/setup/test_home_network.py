"""Which addresses work only at home, and which path a saved callback URL is on."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from withings_gui.core.setup_rules.callback_url import HOME_NETWORK_CALLBACK
from withings_gui.core.setup.home_network import is_home_network_address, path_kind_of


@pytest.mark.parametrize("url, at_home", [
    ("http://homeassistant.local:8123", True),
    ("http://HomeAssistant.Local.:8123", True),
    ("http://homeassistant:8123", True),
    ("http://localhost:8123", True),
    ("http://192.168.178.2:8123", True),
    ("http://172.16.0.9:8123", True),
    ("http://169.254.1.1:8123", True),
    ("http://[::1]:8123", True),
    ("http://ha.home.arpa:8123", True),
    ("https://ha.example.com", False),
    ("https://x.ui.nabu.casa", False),
    ("http://93.184.216.34:8123", False),
    ("", False),
    ("http://[::1", False),
])
def test_home_network_addresses(url, at_home):
    assert is_home_network_address(url) is at_home


@pytest.mark.hostile("wizard: any text as Home Assistant's address for the path proposal")
@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_text_gets_an_answer(text):
    assert is_home_network_address(text) in (True, False)
    assert path_kind_of(text) in ("home_network", "own_domain", "nabu_casa")


@pytest.mark.parametrize("callback, kind", [
    (HOME_NETWORK_CALLBACK, "home_network"),
    ("https://ha.example.com/auth/external/callback", "own_domain"),
    ("https://abc123.ui.nabu.casa/auth/external/callback", "nabu_casa"),
    ("https://me.example.org/withings", "home_network"),
])
def test_the_path_of_a_saved_callback(callback, kind):
    assert path_kind_of(callback) == kind
