import pytest

from withings_gui.core.setup_rules.callback_url import (HOME_NETWORK_CALLBACK, CallbackUrlError,
                                                        build_callback_url, check_static)

GOOD = "https://ha.example.com/auth/external/callback"


@pytest.mark.parametrize("kind, value, expected", [
    ("nabu_casa", "https://abcdef123.ui.nabu.casa", "https://abcdef123.ui.nabu.casa"),
    ("nabu_casa", "abcdef123", "https://abcdef123.ui.nabu.casa"),
    ("nabu_casa", "  ABCDEF1234567890.ui.nabu.casa/ ", "https://abcdef1234567890.ui.nabu.casa"),
    ("nabu_casa", "https://abcdef123.ui.nabu.casa/auth/external/callback",
     "https://abcdef123.ui.nabu.casa"),
    ("own_domain", "https://ha.example.com", "https://ha.example.com"),
    ("own_domain", "https://ha.example.com:443/", "https://ha.example.com"),
    ("own_domain", "ha.example.com", "https://ha.example.com"),
    ("own_domain", "HA.Example.com/lovelace/0", "https://ha.example.com"),
    ("own_domain", "http://ha.example.com", "https://ha.example.com"),
    # Kept, so that the port rule can say why Withings refuses it.
    ("own_domain", "https://ha.example.com:8123", "https://ha.example.com:8123"),
    # Internationalised names in the DNS (punycode) form every service accepts.
    ("own_domain", "https://bücher.example.com", "https://xn--bcher-kva.example.com"),
    # Written as URLs all the same, so that check_static can say what is wrong with them.
    ("own_domain", "ha_server.example.com", "https://ha_server.example.com"),
    ("own_domain", "https://192.168.1.10:8123", "https://192.168.1.10:8123"),
    ("own_domain", "https://[fe80::1]", "https://[fe80::1]"),
])
def test_build(kind, value, expected):
    assert build_callback_url(kind, value) == expected + "/auth/external/callback"


@pytest.mark.parametrize("kind, value, message", [
    ("nabu_casa", "", "Enter your Home Assistant Cloud address"),
    ("own_domain", "   ", "Enter your Home Assistant Cloud address"),
    ("nabu_casa", "https://ha.example.com", "not a Home Assistant Cloud address"),
    ("nabu_casa", "x.ui.nabu.casa", "not a Home Assistant Cloud address"),
    ("nabu_casa", "abc_def.ui.nabu.casa", "not a Home Assistant Cloud address"),
    ("own_domain", "https://", "is not a web address or domain name"),
    ("own_domain", "ha!server.example.com", "is not a web address or domain name"),
    ("own_domain", f"https://bü{'x' * 70}.example.com", "is not a web address or domain name"),
    ("own_domain", "my home assistant", "has spaces in it"),
    ("own_domain", "ftp://ha.example.com", "starts with ftp://"),
    ("own_domain", "https://ha.example.com:port", "is not a number"),
    ("own_domain", "https://ha.example.com:99999", "is not a number"),
    ("own_domain", "https://[::1", "is not a web address"),
    ("cloud", "ha.example.com", "Unknown kind"),
])
def test_build_rejects_junk_with_a_plain_message(kind, value, message):
    with pytest.raises(CallbackUrlError, match=message):
        build_callback_url(kind, value)


@pytest.mark.parametrize("value, rule", [
    ("ha_server.example.com", "fqdn"),
    ("https://[fe80::1]", "fqdn"),
    (f"https://{'a' * 64}.example.com", "fqdn"),
    ("https://ha.example.com:8123", "port"),
])
def test_what_build_lets_through_the_rules_explain(value, rule):
    assert [r.rule_id for r in check_static(build_callback_url("own_domain", value))
            if r.ok is False] == [rule]


def results(url):
    return {r.rule_id: r for r in check_static(url)}


@pytest.mark.parametrize("url", [
    GOOD,
    "https://abcdef1234567890.ui.nabu.casa/auth/external/callback",
    "https://ha.example.com:443/auth/external/callback",
    "https://my-home.duckdns.org/auth/external/callback",
    "https://bücher.example.com/auth/external/callback",
    "https://xn--bcher-kva.example.com/auth/external/callback",
    "  https://ha.example.com/auth/external/callback\n",
])
def test_good_urls_pass_every_static_rule(url):
    checked = results(url)
    assert set(checked) == {"https", "fqdn", "port", "length", "userinfo", "query", "path"}
    assert all(r.ok is True and r.fix is None for r in checked.values()), checked


def test_an_idn_name_is_shown_with_its_dns_form():
    fqdn = results("https://bücher.example.com/auth/external/callback")["fqdn"]
    assert "xn--bcher-kva.example.com" in str(fqdn.message)


BAD = [
    ("http://ha.example.com/auth/external/callback", "https", "only accepts https"),
    ("ftp://ha.example.com/auth/external/callback", "https", "this one is ftp://"),
    ("ha.example.com/auth/external/callback", "https", "not a full web address"),
    ("https://[::1/auth/external/callback", "https", "is not a web address"),
    ("https://192.168.1.10/auth/external/callback", "fqdn", "is an IP address"),
    ("https://8.8.8.8/auth/external/callback", "fqdn", "is an IP address"),
    ("https://[::1]/auth/external/callback", "fqdn", "is an IP address"),
    ("https://[2001:db8::1]/auth/external/callback", "fqdn", "is an IP address"),
    ("https://localhost/auth/external/callback", "fqdn", "only exists on your own network"),
    ("https://ha.localhost/auth/external/callback", "fqdn", "only exists on your own network"),
    ("https://homeassistant.local/auth/external/callback", "fqdn", "only exists on your own"),
    ("https://ha.lan/auth/external/callback", "fqdn", "only exists on your own network"),
    ("https://ha.home/auth/external/callback", "fqdn", "only exists on your own network"),
    ("https://ha.internal/auth/external/callback", "fqdn", "only exists on your own network"),
    ("https://ha.home.arpa/auth/external/callback", "fqdn", "only exists on your own network"),
    ("https://ha.localdomain/auth/external/callback", "fqdn", "only exists on your own network"),
    ("https://ha.fritz.box/auth/external/callback", "fqdn", "only exists on your own network"),
    ("https://homeassistant/auth/external/callback", "fqdn", "has no dot"),
    ("https://-bad-.example.com/auth/external/callback", "fqdn", "not a valid domain name"),
    ("https://under_score.example.com/auth/external/callback", "fqdn", "not a valid domain"),
    ("https://ha..example.com/auth/external/callback", "fqdn", "not a valid domain name"),
    (f"https://{'a' * 64}.example.com/auth/external/callback", "fqdn", "not a valid domain"),
    ("https://ha.example.123/auth/external/callback", "fqdn", "does not end in a top-level"),
    ("https://ha.example.com./auth/external/callback", "fqdn", "ends with a dot"),
    ("https:///auth/external/callback", "fqdn", "has no domain name"),
    ("https://ha.example.com:8123/auth/external/callback", "port", "this URL uses 8123"),
    ("https://ha.example.com:80/auth/external/callback", "port", "this URL uses 80"),
    ("https://ha.example.com:99999/auth/external/callback", "port", "not a number"),
    ("https://ha.example.com:https/auth/external/callback", "port", "not a number"),
    ("https://" + ".".join(["a" * 60] * 4) + ".com/auth/external/callback", "length",
     "Withings allows 255"),
    ("https://user:pw@ha.example.com/auth/external/callback", "userinfo", "user:password@"),
    ("https://user@ha.example.com/auth/external/callback", "userinfo", "user:password@"),
    ("https://ha.example.com/auth/external/callback?x=1", "query", "Remove the '?…' or '#…'"),
    ("https://ha.example.com/auth/external/callback?", "query", "Remove the '?…' or '#…'"),
    ("https://ha.example.com/auth/external/callback#top", "query", "Remove the '?…' or '#…'"),
    ("https://ha.example.com/api/withings/callback", "path", "this URL has /api/withings/"),
    ("https://ha.example.com/auth/external/callback/", "path", "receives the login at"),
    ("https://ha.example.com", "path", "this URL has /."),
]


def test_there_are_at_least_25_distinct_bad_urls():
    assert len({url for url, _, _ in BAD}) == len(BAD) >= 25


@pytest.mark.parametrize("url, rule, message", BAD)
def test_bad_urls_fail_the_right_rule_with_its_message(url, rule, message):
    checked = results(url)
    assert checked[rule].ok is False, checked[rule]
    assert message in str(checked[rule].message)
    assert str(checked[rule].fix) and str(checked[rule].title)


@pytest.mark.parametrize("url, rule", [
    ("https://ha.example.com:8123/auth/external/callback", "port"),
    ("https://ha.example.com/auth/external/callback?x=1", "query"),
    ("https://homeassistant.local/auth/external/callback", "fqdn"),
])
def test_one_fault_fails_one_rule(url, rule):
    assert [r.rule_id for r in check_static(url) if r.ok is not True] == [rule]


def test_only_the_path_rule_is_a_warning():
    checked = results("http://u@10.0.0.1:8123/other?x#y")
    assert {r.rule_id for r in checked.values() if r.ok is False} == set(checked) - {"length"}
    assert [r.rule_id for r in checked.values() if not r.blocking] == ["path"]


def test_fixes_name_the_ways_out():
    assert "Home Assistant Cloud" in str(results(
        "http://ha.example.com/auth/external/callback")["https"].fix)
    assert "443" in str(results("https://ha.example.com:8123/auth/external/callback")[
        "port"].fix)
    assert str(results("https://ha.example.com/x")["path"].fix).startswith(
        "Use https://ha.example.com/auth/external/callback")


@pytest.mark.parametrize("value, expected", [
    (HOME_NETWORK_CALLBACK, HOME_NETWORK_CALLBACK),
    ("  my.home-assistant.io/redirect/oauth ", HOME_NETWORK_CALLBACK),
    ("http://me.example.org/x", "http://me.example.org/x"),  # kept: the https rule says why
])
def test_an_exact_callback_is_kept_as_typed(value, expected):
    assert build_callback_url("exact", value) == expected


def test_a_callback_that_is_not_home_assistants_may_have_any_path():
    assert all(r.ok for r in check_static(HOME_NETWORK_CALLBACK, ha_path=False))
    assert "path" not in {r.rule_id for r in check_static(HOME_NETWORK_CALLBACK, ha_path=False)}
    assert check_static(HOME_NETWORK_CALLBACK)[-1].ok is False  # HA's path: only a warning
    assert check_static("http://me.example.org/x", ha_path=False)[0].ok is False
