"""A new user goes through every page: real HA, simulated Withings in the embedded browser."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.wizard.conftest import HA_NAME
from withings_gui.demo.cloud import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from withings_gui.core.setup.flow import PAGES

pytestmark = [pytest.mark.gui, pytest.mark.webengine, pytest.mark.ha]


def current(wizard):
    return PAGES[wizard.currentId()]


def next_page(qtbot, wizard, expected):
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=20000)
    wizard.next()  # the page's fields are kept off the GUI thread, then the wizard goes on
    qtbot.waitUntil(lambda: current(wizard) == expected, timeout=10000)


def click_finish(qtbot, wizard):
    """Finish: the settings are committed off the GUI thread, then the window closes."""
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result() == QWizard.DialogCode.Accepted, timeout=10000)


def click_in_browser(qtbot, browser, element_id):
    clicked = []
    browser.page().runJavaScript(
        f"(function(){{var e=document.getElementById('{element_id}');"
        f"if(!e) return false; e.click(); return true;}})()", 0, clicked.append)
    qtbot.waitUntil(lambda: bool(clicked), timeout=10000)
    return clicked[0]


def log_in_and_sync(qtbot, wizard, user="alice", name="Alice"):
    """From the authorize page: log in as a demo user in the embedded browser, name the
    person, and wait for the first sync on the finish page (which is returned)."""
    authorize = wizard.page_for("authorize")
    browser = authorize.browser
    qtbot.waitUntil(lambda: "oauth2_user/authorize2" in browser.url().toString(), timeout=20000)
    qtbot.waitUntil(lambda: bool(click_in_browser(qtbot, browser, f"user-{user}")),
                    timeout=30000)
    assert click_in_browser(qtbot, browser, "allow")
    qtbot.waitUntil(authorize.isComplete, timeout=20000)
    next_page(qtbot, wizard, "profile")
    qtbot.keyClicks(wizard.page_for("profile").name, name)
    next_page(qtbot, wizard, "finish")
    finish = wizard.page_for("finish")
    qtbot.waitUntil(finish.isComplete, timeout=60000)
    assert f"sensor.withings_weight_kg_{user}" in finish.sync_result.toPlainText()
    return finish


def test_new_user_reaches_live_sensors(qtbot, make_wizard, ctx, cloud, hass_server, public_ha,
                                      hass_version):
    wizard = make_wizard(network_check_options=public_ha)
    assert current(wizard) == "path"
    wizard.page_for("path").own.setChecked(True)
    next_page(qtbot, wizard, "hass")

    hass = wizard.page_for("hass")
    qtbot.keyClicks(hass.url, hass_server.url)
    qtbot.keyClicks(hass.token, hass_server.token)
    qtbot.mouseClick(hass.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: f"Connected to Home Assistant {hass_version}" in hass.result.text(),
                    timeout=20000)
    assert "Test Home" in hass.result.text()
    next_page(qtbot, wizard, "callback")

    callback = wizard.page_for("callback")
    # HA's external_url was prefilled (https://ha.example.test); use the public test name.
    assert callback.source.text() == "https://ha.example.test"
    callback.source.clear()
    qtbot.keyClicks(callback.source, f"https://{HA_NAME}")
    assert callback.callback.value() == f"https://{HA_NAME}/auth/external/callback"
    assert not callback.isComplete()  # not before the network checks passed
    assert callback.rules.results["head"].ok is None  # "not checked" until Check is pressed
    qtbot.mouseClick(callback.check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: callback.rules.results["head"].ok is not None, timeout=20000)
    assert all(r.ok for r in callback.rules.results.values())
    next_page(qtbot, wizard, "portal")

    portal = wizard.page_for("portal")
    assert portal.callback.value() == f"https://{HA_NAME}/auth/external/callback"
    assert portal.description.value() == "Personal app for collecting my data"
    assert portal.company.value() == "Home Assistant"
    next_page(qtbot, wizard, "credentials")

    credentials = wizard.page_for("credentials")
    qtbot.keyClicks(credentials.client_id, DEMO_CLIENT_ID)
    qtbot.keyClicks(credentials.secret, DEMO_CLIENT_SECRET)
    next_page(qtbot, wizard, "authorize")

    authorize = wizard.page_for("authorize")
    browser = authorize.browser
    assert browser is not None, "the embedded browser should be used"
    qtbot.waitUntil(lambda: "oauth2_user/authorize2" in browser.url().toString(), timeout=20000)
    qtbot.waitUntil(lambda: bool(click_in_browser(qtbot, browser, "user-alice")), timeout=30000)
    assert click_in_browser(qtbot, browser, "allow")
    qtbot.waitUntil(lambda: authorize.isComplete(), timeout=20000)
    alice = next(uid for uid, u in cloud.users.items() if u.name == "Alice")
    assert f"Withings user {alice}" in authorize.status.text()
    next_page(qtbot, wizard, "profile")

    profile = wizard.page_for("profile")
    assert str(alice) in profile.who.text()
    qtbot.keyClicks(profile.name, "Alice")
    assert "sensor.withings_weight_kg_alice" in profile.preview.toPlainText()
    next_page(qtbot, wizard, "finish")

    finish = wizard.page_for("finish")
    qtbot.waitUntil(lambda: finish.isComplete(), timeout=60000)
    assert "sensor.withings_weight_kg_alice" in finish.sync_result.toPlainText()
    assert finish.error.text() == ""
    click_finish(qtbot, wizard)

    latest = ctx.store.latest("alice", 1)
    state = hass_server.states()["sensor.withings_weight_kg_alice"]
    assert float(state["state"]) == latest.value
    assert ctx.config.profiles["alice"].withings_userid == str(alice)
    assert not ctx.paths.wizard_state_file.exists()
