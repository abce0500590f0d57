"""The callback page's promises (issue 15): HA's external URL is only ever set to an address
that passed every check, success is confirmed, and an HA configured in YAML is left alone
with the YAML to paste; http:// turned into https:// is said; Check re-runs every rule."""

import pytest
from PySide6.QtCore import Qt

from tests.wizard.conftest import HA_NAME
from tests.wizard.test_bad_input import go_to
from withings_gui.core.hass.client import HassApi
from withings_gui.core.secrets import HA_TOKEN
from withings_gui.gui.marks import FAILED, PASSED

pytestmark = pytest.mark.gui


def callback_page(qtbot, make_wizard, hass, options):
    wizard = make_wizard(network_check_options=options)
    wizard.draft.path_kind = "own_domain"
    wizard.draft.ha_url = hass.url
    wizard.draft.secrets[HA_TOKEN] = hass.token
    return go_to(wizard, "callback", qtbot)


def check(qtbot, page, source):
    page.source.setText(source)
    qtbot.mouseClick(page.check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)


@pytest.mark.ha
@pytest.mark.parametrize("source", ["https://127.0.0.1:8131", "https://nowhere.invalid", ""])
def test_an_address_the_page_refuses_is_never_offered_to_ha(qtbot, make_wizard, hass_server,
                                                            public_ha, source):
    page = callback_page(qtbot, make_wizard, hass_server, public_ha)
    check(qtbot, page, source)
    assert not page.set_external.isEnabled()
    page._set_external_url()  # Enter or a stray click: still nothing is sent
    assert not page.busy and not page.external_result.text()
    api = HassApi(hass_server.url, hass_server.token)
    assert api.info().external_url == "https://ha.example.test"


@pytest.mark.ha
def test_ha_configured_in_yaml_gets_the_yaml_not_a_change_it_would_lose(
        qtbot, make_wizard, hass_server, public_ha):
    page = callback_page(qtbot, make_wizard, hass_server, public_ha)
    check(qtbot, page, f"https://{HA_NAME}")
    assert page.set_external.isEnabled()
    qtbot.mouseClick(page.set_external, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.external_result.state == FAILED, timeout=20000)
    assert "configuration.yaml" in page.external_result.text()
    assert "lost at its next restart" in page.external_result.text()
    assert f"external_url: https://{HA_NAME}" in page.yaml.toPlainText()
    assert page.yaml.isVisible() and page.yaml.textCursor().hasSelection()
    api = HassApi(hass_server.url, hass_server.token)
    assert api.info().external_url == "https://ha.example.test"


@pytest.mark.ha
def test_setting_the_external_url_is_confirmed(qtbot, make_wizard, fresh_hass, public_ha):
    from tests.core.hass.test_client import core_settings_in_storage

    core_settings_in_storage(fresh_hass)
    page = callback_page(qtbot, make_wizard, fresh_hass, public_ha)
    check(qtbot, page, f"https://{HA_NAME}")
    qtbot.mouseClick(page.set_external, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.external_result.state == PASSED, timeout=20000)
    assert f"external URL is now https://{HA_NAME}" in page.external_result.text()
    assert HassApi(fresh_hass.url, fresh_hass.token).info().external_url \
        == f"https://{HA_NAME}"


def test_http_turned_into_https_is_said(qtbot, make_wizard):
    page = go_to(make_wizard(), "callback", qtbot)
    page.draft.path_kind = "own_domain"
    qtbot.keyClicks(page.source, f"http://{HA_NAME}")
    assert page.callback.value().startswith("https://")
    assert "Changed http:// to https://" in page.changed.text() and page.changed.isVisible()
    page.source.clear()
    qtbot.keyClicks(page.source, f"https://{HA_NAME}")
    assert not page.changed.text()


def rows(page):
    return {rule: str(result.message) for rule, result in page.rules.results.items()}


def test_check_always_runs_every_rule_again(qtbot, make_wizard, tls_server):
    options = tls_server()
    wizard = make_wizard(network_check_options=options)
    wizard.draft.path_kind = "own_domain"
    page = go_to(wizard, "callback", qtbot)
    # A rule that fails before the network: no row asks for a Check that would not run.
    check(qtbot, page, "https://127.0.0.1:8131")
    assert not any("press Check" in message for message in rows(page).values())
    assert "fix what is marked with a cross first" in rows(page)["dns"]

    def no_dns(host, port):
        raise OSError("no such name")
    wizard.network_check_options = {**options, "resolve": no_dns}
    check(qtbot, page, f"https://{HA_NAME}")
    assert page.rules.results["dns"].ok is False and page.rules.results["head"].ok is None
    wizard.network_check_options = options  # the name resolves now: Check again
    qtbot.mouseClick(page.check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert all(result.ok for result in page.rules.results.values()), rows(page)
