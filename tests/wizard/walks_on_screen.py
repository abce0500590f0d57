"""Two whole setups on an X screen, by keyboard and mouse: run by test_walks_on_screen.py in
a child pytest with QT_QPA_PLATFORM=xcb and DISPLAY on Xvfb (the parent's Qt is offscreen).

Home Assistant is the parent's real one, reachable only at http://127.0.0.1:<port>
(WALK_HA_URL, WALK_HA_TOKEN); Withings is the simulated cloud in the embedded browser; the
callback check's HEAD goes to a local TLS server standing in for my.home-assistant.io.
"""

import gc
import json
import os

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QWizard

from tests.support.hass_fixtures import HASS_CLIENT_SOCKETS
from tests.wizard.test_whole_wizard import current
from withings_gui.core.setup_rules.callback_url import HOME_NETWORK_CALLBACK
from withings_gui.demo.cloud import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET

# These walks talk to a real Home Assistant like the parent's `ha` tests: the same one
# warning is ignored (see HASS_CLIENT_SOCKETS), and leftovers are collected in the test.
pytestmark = [pytest.mark.gui, pytest.mark.webengine,
              pytest.mark.filterwarnings(HASS_CLIENT_SOCKETS)]


@pytest.fixture(autouse=True)
def _hass_client_sockets_stay_in_their_test():
    yield
    gc.collect()

if os.environ.get("QT_QPA_PLATFORM") != "xcb" or "WALK_HA_URL" not in os.environ:
    pytest.skip("run by tests/wizard/test_walks_on_screen.py on an X screen",
                allow_module_level=True)

HA_URL, HA_TOKEN = os.environ["WALK_HA_URL"], os.environ["WALK_HA_TOKEN"]
# An app made before, for Home Assistant's integration: Withings knows only its callback.
EXISTING_ID, EXISTING_SECRET = "5e" * 32, "c7" * 32


def click(qtbot, widget):
    qtbot.waitUntil(lambda: widget.isVisible() and widget.isEnabled(), timeout=60000)
    # A radio button or check box answers on its box and text only, not across its width.
    pos = QPoint(8, widget.height() // 2) if isinstance(widget, (QCheckBox, QRadioButton)) \
        else widget.rect().center()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def type_into(qtbot, field, text):
    click(qtbot, field)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)
    assert field.text() == text


def next_page(qtbot, wizard, expected):
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: current(wizard) == expected, timeout=20000)


def click_in_browser(qtbot, browser, element_id):
    """A real mouse click on an element of the page: its place is read by script, the
    click is a mouse event on the view."""
    rect = []
    script = (f"(function(){{var e=document.getElementById('{element_id}');"
              "if(!e) return ''; e.scrollIntoView({block: 'center'});"
              "var r=e.getBoundingClientRect();"
              "return JSON.stringify([r.left + r.width / 2, r.top + r.height / 2]);})()")

    def found():
        rect.clear()
        browser.page().runJavaScript(script, 0, rect.append)
        qtbot.waitUntil(lambda: bool(rect), timeout=10000)
        return bool(rect[0])

    qtbot.waitUntil(found, timeout=30000)
    x, y = json.loads(rect[0])
    target = browser.focusProxy() or browser
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))


def log_in_as_alice(qtbot, wizard, cloud):
    authorize = wizard.page_for("authorize")
    browser = authorize.browser
    assert browser is not None, "the embedded browser should be used"
    qtbot.waitUntil(lambda: "oauth2_user/authorize2" in browser.url().toString(), timeout=30000)
    # The view is shown once its page has loaded ("Loading the Withings login…" until then):
    # a click placed before that lands where the page is not yet laid out.
    qtbot.waitUntil(browser.isVisible, timeout=30000)
    click_in_browser(qtbot, browser, "user-alice")
    checked = []
    browser.page().runJavaScript("document.getElementById('user-alice').checked", 0,
                                 checked.append)
    qtbot.waitUntil(lambda: bool(checked), timeout=10000)
    assert checked == [True]
    click_in_browser(qtbot, browser, "allow")
    qtbot.waitUntil(authorize.isComplete, timeout=30000)
    alice = next(uid for uid, user in cloud.users.items() if user.name == "Alice")
    assert f"Withings user {alice}" in authorize.status.text()
    return alice


def connect_home_assistant(qtbot, wizard):
    hass = wizard.page_for("hass")
    type_into(qtbot, hass.url, HA_URL)
    type_into(qtbot, hass.token, HA_TOKEN)
    click(qtbot, hass.test)
    qtbot.waitUntil(lambda: "Connected to Home Assistant" in hass.result.text(), timeout=30000)
    return hass


def name_and_finish(qtbot, wizard, ctx, name, slug):
    profile = wizard.page_for("profile")
    type_into(qtbot, profile.name, name)
    next_page(qtbot, wizard, "finish")
    finish = wizard.page_for("finish")
    qtbot.waitUntil(finish.isComplete, timeout=90000)
    assert f"sensor.withings_weight_kg_{slug}" in finish.sync_result.toPlainText()
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: wizard.result() == QWizard.DialogCode.Accepted, timeout=20000)
    print(f"walk-done {slug} {ctx.store.latest(slug, 1).value}", flush=True)


def open_wizard(qtbot, make_wizard, tls_server):
    # The callback check's DNS, TLS and HEAD go to a local server named my.home-assistant.io.
    wizard = make_wizard(network_check_options=tls_server(name="my.home-assistant.io"))
    wizard.activateWindow()
    qtbot.waitExposed(wizard)
    assert QApplication.platformName() == "xcb"
    return wizard


def check_callback(qtbot, wizard):
    callback = wizard.page_for("callback")
    assert callback.source.text() == HOME_NETWORK_CALLBACK
    assert callback.why_no_public_address.isVisible()
    assert not callback.set_external.isVisible() and not callback.yaml.isVisible()
    click(qtbot, callback.check)
    qtbot.waitUntil(lambda: callback.rules.results["head"].ok is not None, timeout=30000)
    assert all(r.ok for r in callback.rules.results.values()), callback.rules.results
    assert "path" not in callback.rules.results  # any path will do: HA never sees it


def test_home_network_walk(qtbot, make_wizard, ctx, cloud, tls_server):
    wizard = open_wizard(qtbot, make_wizard, tls_server)
    path = wizard.page_for("path")
    assert path.home.isChecked()  # the home network is offered first
    click(qtbot, path.own)  # a user who thinks a domain is needed ...
    assert path.own.isChecked()
    next_page(qtbot, wizard, "hass")
    hass = connect_home_assistant(qtbot, wizard)
    # ... is told that an address that works only at home needs no domain.
    click(qtbot, hass.use_home_network)
    assert wizard.draft.path_kind == "home_network" and not hass.use_home_network.isVisible()
    next_page(qtbot, wizard, "callback")
    check_callback(qtbot, wizard)
    next_page(qtbot, wizard, "portal")
    portal = wizard.page_for("portal")
    assert portal.callback.value() == HOME_NETWORK_CALLBACK  # what to register
    type_into(qtbot, portal.email, "me@example.com")
    next_page(qtbot, wizard, "credentials")
    credentials = wizard.page_for("credentials")
    assert not credentials.registered.isVisible()
    type_into(qtbot, credentials.client_id, DEMO_CLIENT_ID)
    type_into(qtbot, credentials.secret, DEMO_CLIENT_SECRET)
    next_page(qtbot, wizard, "authorize")
    alice = log_in_as_alice(qtbot, wizard, cloud)
    next_page(qtbot, wizard, "profile")
    name_and_finish(qtbot, wizard, ctx, "Homenet", "homenet")
    saved = ctx.settings.load()
    assert saved.callback_url == HOME_NETWORK_CALLBACK and saved.ha_url == HA_URL
    assert saved.profiles["homenet"].withings_userid == str(alice)


def test_existing_app_walk(qtbot, make_wizard, ctx, cloud, tls_server):
    cloud.register_app(EXISTING_ID, EXISTING_SECRET, [HOME_NETWORK_CALLBACK])
    wizard = open_wizard(qtbot, make_wizard, tls_server)
    path = wizard.page_for("path")
    click(qtbot, path.existing_app)
    assert path.existing_app.isChecked() and path.home.isChecked()
    next_page(qtbot, wizard, "hass")
    hass = connect_home_assistant(qtbot, wizard)
    assert not hass.use_home_network.isVisible()
    next_page(qtbot, wizard, "credentials")  # no portal values: the app exists
    credentials = wizard.page_for("credentials")
    assert credentials.registered.isVisible() and credentials.sharing.isVisible()
    type_into(qtbot, credentials.client_id, EXISTING_ID)
    type_into(qtbot, credentials.secret, EXISTING_SECRET)
    type_into(qtbot, credentials.registered, HOME_NETWORK_CALLBACK)
    qtbot.keyClick(credentials.registered, Qt.Key.Key_Return)  # Enter: the default, Next
    qtbot.waitUntil(lambda: current(wizard) == "callback", timeout=20000)
    assert wizard.page_for("callback").source.isReadOnly()  # as registered: checked only
    check_callback(qtbot, wizard)
    next_page(qtbot, wizard, "authorize")
    log_in_as_alice(qtbot, wizard, cloud)
    next_page(qtbot, wizard, "profile")
    name_and_finish(qtbot, wizard, ctx, "Shared", "shared")
    saved = ctx.settings.load()
    assert (saved.client_id, saved.callback_url) == (EXISTING_ID, HOME_NETWORK_CALLBACK)
    assert "portal" not in wizard.draft.done
