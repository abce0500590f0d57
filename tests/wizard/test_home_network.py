"""The home-network path and an app made before, page by page (offscreen, real widgets)."""

import pytest
from PySide6.QtCore import Qt

from tests.wizard.test_bad_input import GOOD_ID, go_to
from withings_gui.core.setup_rules.callback_url import HOME_NETWORK_CALLBACK
from withings_gui.core.hass.client import HassInfo
from withings_gui.core.setup.commit import save_progress
from withings_gui.core.setup.draft import SetupDraft
from withings_gui.core.setup.flow import PAGES

pytestmark = pytest.mark.gui


def test_the_first_page_offers_the_home_network_and_an_app_made_before(qtbot, make_wizard):
    page = make_wizard().page_for("path")
    assert page.home.isChecked() and not page.existing_app.isChecked()
    assert "net&work" in page.home.text() and "nothing to open" in page.home.text()


def test_the_hass_page_proposes_the_home_network_for_an_address_at_home(qtbot, make_wizard):
    wizard = make_wizard()
    wizard.draft.path_kind = "own_domain"
    page = go_to(wizard, "hass", qtbot)
    page.url.setText("http://homeassistant.local:8123")
    assert not page.use_home_network.isVisible()
    page._tested(page._fields(), HassInfo("2024.3.3", "Home", None, None, None))
    assert page.use_home_network.isVisible() and page.proposal.isVisible()
    qtbot.mouseClick(page.use_home_network, Qt.MouseButton.LeftButton)
    assert wizard.draft.path_kind == "home_network" and not page.use_home_network.isVisible()


def test_the_hass_page_proposes_nothing_for_a_public_address(qtbot, make_wizard):
    wizard = make_wizard()
    wizard.draft.path_kind = "own_domain"
    page = go_to(wizard, "hass", qtbot)
    page.url.setText("https://ha.example.com")
    page._tested(page._fields(),
                 HassInfo("2024.3.3", "Home", "https://ha.example.com", None, None))
    assert not page.use_home_network.isVisible()


def test_the_callback_page_proposes_a_public_redirect_and_never_external_url(qtbot,
                                                                            make_wizard):
    wizard = make_wizard()
    wizard.draft.path_kind = "home_network"
    page = go_to(wizard, "callback", qtbot)
    assert page.source.text() == HOME_NETWORK_CALLBACK and not page.source.isReadOnly()
    assert page.why_no_public_address.isVisible()
    assert not (page.set_external.isVisible() or page.yaml.isVisible()
                or page.external_note.isVisible())
    assert page.callback.value() == HOME_NETWORK_CALLBACK
    assert "path" not in page.rules.results
    # Editable: any https URL the user controls.
    page.source.setText("https://me.example.org/withings-callback")
    page._rebuild()
    assert page.callback.value() == "https://me.example.org/withings-callback"
    assert all(r.ok is not False for r in page.rules.results.values())
    page.source.setText("http://me.example.org/x")
    page._rebuild()
    assert page.rules.results["https"].ok is False and not page.isComplete()


def test_an_app_made_before_has_its_callback_pasted_then_only_checked(qtbot, make_wizard):
    wizard = make_wizard()
    wizard.draft.existing_app = True
    credentials = go_to(wizard, "credentials", qtbot)
    assert credentials.registered.isVisible() and credentials.sharing.isVisible()
    assert "second app" in credentials.sharing.text()
    credentials.client_id.setText(GOOD_ID)
    credentials.secret.setText(GOOD_ID)
    credentials.registered.setText("my.home-assistant.io/redirect/oauth")
    assert not credentials.isComplete()
    assert "must start with http:// or https://" in credentials.registered_error.text()
    credentials.registered.setText("https://ha.example.com/auth/external/callback")
    assert credentials.isComplete()
    credentials.apply(wizard.draft)
    callback = go_to(wizard, "callback", qtbot)
    assert callback.source.isReadOnly()
    assert callback.source.text() == "https://ha.example.com/auth/external/callback"
    assert not callback.set_external.isVisible()


def test_a_new_app_has_no_registered_callback_field(qtbot, make_wizard):
    credentials = go_to(make_wizard(), "credentials", qtbot)
    assert not credentials.registered.isVisible() and not credentials.sharing.isVisible()


def test_a_resumed_home_network_setup_keeps_its_own_callback(qtbot, make_wizard, ctx):
    mine = "https://me.example.org/withings-callback"
    save_progress(ctx, SetupDraft(path_kind="home_network", ha_url="http://127.0.0.1:9",
                                  callback_url=mine, done=list(PAGES[:PAGES.index("portal")])))
    wizard = make_wizard()
    assert wizard.current_page_id() == "portal"
    assert wizard.page_for("portal").callback.value() == mine
    wizard.back()
    callback = wizard.page_for("callback")
    assert wizard.current_page_id() == "callback" and callback.source.text() == mine
    assert not callback.set_external.isVisible()
    wizard.back()
    wizard.back()
    assert wizard.current_page_id() == "path" and wizard.page_for("path").home.isChecked()
