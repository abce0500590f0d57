"""Every validation rule of the wizard with bad input: the message the user sees."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWizard

from withings_gui.core.config import Profile
from withings_gui.core.setup.flow import PAGES

pytestmark = pytest.mark.gui

GOOD_ID = "0123456789abcdef" * 4


def go_to(wizard, page_id, qtbot):
    wizard.draft.done = list(PAGES[:PAGES.index(page_id)])
    wizard.setStartId(PAGES.index(page_id))
    wizard.restart()
    return wizard.currentPage()


@pytest.mark.parametrize("url, token, message", [
    ("", "x", "Enter the address of your Home Assistant"),
    ("homeassistant.local:8123", "x", "must start with http:// or https://"),
    ("ftp://ha.example.com", "x", "must start with http:// or https://"),
    ("http://ha:99999", "x", "not a number from 1 to 65535"),
    ("http://user:pw@ha:8123", "x", "Leave the user name and password out"),
    ("http://ha:8123/lovelace/0", "x", "Use the base address only"),
    ("http://ha:8123", "", "Paste a long-lived access token"),
    ("http://ha:8123", "abc def", "spaces or line breaks"),
    ("http://ha:8123", "short", "does not look like a Home Assistant long-lived access token"),
])
def test_hass_page_format_errors(qtbot, make_wizard, url, token, message):
    page = go_to(make_wizard(), "hass", qtbot)
    page.url.setText(url)
    page.token.setText(token if token != "x" else "a" * 60 + "." + "b" * 60 + "." + "c" * 20)
    qtbot.mouseClick(page.test, Qt.MouseButton.LeftButton)
    assert message in page.error.text() and not page.isComplete()


@pytest.mark.parametrize("url, message", [
    ("http://homeassistant.invalid:8123", "could not be found (DNS)"),
    ("http://127.0.0.1:9", "connection refused"),
])
def test_hass_page_connection_errors(qtbot, make_wizard, url, message):
    page = go_to(make_wizard(), "hass", qtbot)
    page.url.setText(url)
    page.token.setText("a" * 60 + "." + "b" * 60 + "." + "c" * 20)
    qtbot.mouseClick(page.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: message in page.error.text(), timeout=15000)
    assert not page.isComplete()


@pytest.mark.ha
def test_hass_page_wrong_token(qtbot, make_wizard, hass_server):
    page = go_to(make_wizard(), "hass", qtbot)
    page.url.setText(hass_server.url)
    page.token.setText("a" * 60 + "." + "b" * 60 + "." + "c" * 20)
    qtbot.mouseClick(page.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "refused the access token (401)" in page.error.text(), timeout=15000)


@pytest.mark.parametrize("source, rule, message", [
    ("http://ha.example.com", None, None),  # the URL is rebuilt as https: no failure expected
    ("https://192.168.1.10", "fqdn", "is an IP address"),
    ("https://homeassistant.local", "fqdn", "only exists on your own network"),
    ("https://localhost", "fqdn", "only exists on your own network"),
    ("https://homeassistant", "fqdn", "has no dot"),
    ("https://ha.example.com:8123", "port", "uses 8123"),
    # Labels of at most 63 characters (a longer one is no host name, refused before this).
    ("https://" + ".".join(["a" * 55] * 4) + ".example.com", "length", "Withings allows 255"),
])
def test_callback_page_rules(qtbot, make_wizard, source, rule, message):
    page = go_to(make_wizard(), "callback", qtbot)
    page.source.setText(source)
    page._rebuild()
    failed = {r.rule_id: r for r in page.rules.results.values() if r.ok is False}
    if rule is None:
        assert failed == {} and page.callback.value().startswith("https://ha.example.com/")
    else:
        assert message in str(failed[rule].message)
        shown = page.rules.findChild(QLabel, f"rule-{rule}")
        assert message in shown.text() and "How to fix" in shown.text()
    assert not page.isComplete()  # never before the network checks


def test_callback_page_nabu_casa_junk(qtbot, make_wizard):
    wizard = make_wizard()
    wizard.draft.path_kind = "nabu_casa"
    page = go_to(wizard, "callback", qtbot)
    page.source.setText("https://ha.example.com")
    page._rebuild()
    assert "not a Home Assistant Cloud address" in page.error.text()


@pytest.mark.parametrize("client_id, secret, where, message", [
    ("abc", GOOD_ID, "id_error", "this one has 3"),
    (GOOD_ID[:-1] + "z", GOOD_ID, "id_error", "may only contain the letters a–f"),
    (GOOD_ID[:30] + " " + GOOD_ID[30:], GOOD_ID, "id_error", "contains spaces"),
    (GOOD_ID + "0", GOOD_ID, "id_error", "this one has 65"),
    (GOOD_ID, "xyz", "secret_error", "Consumer Secret may only contain"),
    (GOOD_ID, GOOD_ID[:10], "secret_error", "this one has 10"),
    (GOOD_ID, "https://developer.withings.com", "secret_error", "may only contain"),
])
def test_credentials_page(qtbot, make_wizard, client_id, secret, where, message):
    page = go_to(make_wizard(), "credentials", qtbot)
    page.client_id.setText(client_id)
    page.secret.setText(secret)
    assert message in getattr(page, where).text() and not page.isComplete()


def test_credentials_secret_is_masked_until_asked(qtbot, make_wizard):
    page = go_to(make_wizard(), "credentials", qtbot)
    assert page.secret.echoMode() == page.secret.EchoMode.Password
    page.show_secret.setChecked(True)
    assert page.secret.echoMode() == page.secret.EchoMode.Normal


@pytest.mark.parametrize("name, message", [
    ("🙂", "has no Latin letters or digits"),
    ("李雷", "no plain Latin spelling"),
    ("Øyvind", "no plain Latin spelling"),
    ("2nd", "must start with a letter"),
    ("x" * 40, "40 characters long"),
    ("anna_", "ends with '_', which Home Assistant drops"),
    ("bob__x", "merges '__' into a single '_'"),
])
def test_profile_page_names(qtbot, make_wizard, name, message):
    wizard = make_wizard()
    wizard.draft.withings_userid = "111"
    page = go_to(wizard, "profile", qtbot)
    page.name.setText(name)
    assert message in page.error.text() and not page.isComplete()


def test_profile_page_refuses_a_name_taken_by_another_account(qtbot, make_wizard, ctx):
    ctx.config.profiles["alice"] = Profile("alice", "Alice", "kg", "999")
    wizard = make_wizard()
    wizard.draft.withings_userid = "111"
    page = go_to(wizard, "profile", qtbot)
    page.name.setText("Alice")
    assert "already belongs to another Withings account" in page.error.text()
    page.name.setText("Alice Two")
    assert page.isComplete() and "sensor.withings_weight_kg_alice_two" in \
        page.preview.toPlainText()


def test_authorize_page_names_a_forged_state(qtbot, make_wizard, ctx):
    ctx.config.client_id = GOOD_ID
    ctx.config.callback_url = "https://ha.example.com/auth/external/callback"
    ctx.secrets.set("client_secret", GOOD_ID)
    page = go_to(make_wizard(), "authorize", qtbot)
    page.paste_row.setVisible(True)
    page.finish_login("https://ha.example.com/auth/external/callback?code=x&state=forged")
    qtbot.waitUntil(lambda: "state mismatch" in page.error.text(), timeout=10000)
    page.finish_login("https://ha.example.com/auth/external/callback?error=access_denied"
                      f"&state={page.attempt.state}")
    qtbot.waitUntil(lambda: "Access was denied" in page.error.text(), timeout=10000)
    page.finish_login("https://elsewhere.example.com/cb?code=x")
    qtbot.waitUntil(lambda: "not the callback address" in page.error.text(), timeout=10000)
    assert not page.isComplete()


def test_authorize_page_names_an_expired_code(qtbot, make_wizard, ctx, cloud, opened_urls):
    from withings_gui.demo.cloud import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET

    ctx.config.client_id = DEMO_CLIENT_ID
    ctx.config.callback_url = "https://ha.example.com/auth/external/callback"
    ctx.secrets.set("client_secret", DEMO_CLIENT_SECRET)
    page = go_to(make_wizard(), "authorize", qtbot)
    qtbot.mouseClick(page.own_browser, Qt.MouseButton.LeftButton)
    assert opened_urls == [page.attempt.authorize_url] and page.paste.isVisible()
    page.paste.setText("https://ha.example.com/auth/external/callback?code=stale"
                       f"&state={page.attempt.state}")
    qtbot.mouseClick(page.paste_go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "expired or was already used" in page.error.text(), timeout=10000)
    assert "Try again" in page.error.text() and not page.isComplete()


@pytest.mark.webengine
def test_authorize_page_names_a_callback_withings_does_not_know(qtbot, make_wizard, ctx, cloud):
    cloud.register_app(GOOD_ID, GOOD_ID, ["https://registered.example.com/auth/external/callback"])
    ctx.config.client_id = GOOD_ID
    ctx.config.callback_url = "https://ha.example.com/auth/external/callback"
    ctx.secrets.set("client_secret", GOOD_ID)
    page = go_to(make_wizard(), "authorize", qtbot)
    assert page.browser is not None
    qtbot.waitUntil(lambda: "Withings refused the callback URL" in page.error.text(),
                    timeout=20000)
    assert "https://ha.example.com/auth/external/callback" in page.error.text()
    assert not page.isComplete()


@pytest.mark.ha
def test_profile_page_warns_about_entities_home_assistant_has(qtbot, make_wizard, ctx,
                                                              hass_server):
    hass_server.rest("POST", "/api/states/sensor.withings_weight_kg_carol",
                     {"state": "61.2", "attributes": {"unit_of_measurement": "kg"}})
    ctx.config.ha_url = hass_server.url
    ctx.secrets.set("ha_token", hass_server.token)
    wizard = make_wizard()
    wizard.draft.withings_userid = "111"
    page = go_to(wizard, "profile", qtbot)
    page.name.setText("Carol")
    qtbot.waitUntil(lambda: "already has" in page.warning.text(), timeout=15000)
    assert "sensor.withings_weight_kg_carol" in page.warning.text()
    assert page.isComplete()  # a warning: an earlier setup of this app may have made them
    page.name.setText("Carola")
    assert page.warning.text() == ""


def next_button(wizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def test_profile_refusals_are_inline_while_typing_and_next_stays_disabled(qtbot, make_wizard,
                                                                          ctx):
    ctx.config.profiles["alice"] = Profile("alice", "Alice", "kg", "999")
    wizard = make_wizard()
    wizard.draft.withings_userid = "111"
    page = go_to(wizard, "profile", qtbot)
    page.name.setFocus()
    page.name.clear()
    qtbot.keyClicks(page.name, "anna_")
    assert "ends with '_'" in page.error.text() and page.error.isVisible()
    assert QApplication.activeModalWidget() is None  # inline, not a dialog
    assert not next_button(wizard).isEnabled()
    qtbot.keyClick(page.name, Qt.Key.Key_Return)  # Enter does not get past the refusal
    assert wizard.currentPage() is page
    qtbot.keyClick(page.name, Qt.Key.Key_Backspace)
    assert not page.error.isVisible() and next_button(wizard).isEnabled()
    page.name.clear()
    qtbot.keyClicks(page.name, "Lbs Alice")  # lbs_alice: hydration + lbs_alice = alice's twin
    assert "sensor.withings_hydration_lbs_alice" in page.error.text()
    assert "'alice'" in page.error.text() and not next_button(wizard).isEnabled()
    assert page.preview.toPlainText() == ""


@pytest.mark.parametrize("source, message", [
    ("https://@ha.example.com", "Leave the user name and password out"),
    ("https://user@ha.example.com", "Leave the user name and password out"),
    ("ha..example.com", "empty part between dots"),
    ("https://[::1", "brackets are only for a whole IPv6 address"),
    ("ha.exa\u200bmple.com", "invisible character (U+200B)"),
])
def test_callback_page_refuses_what_it_would_otherwise_edit(qtbot, make_wizard, source, message):
    page = go_to(make_wizard(), "callback", qtbot)
    page.source.setText(source)
    page._rebuild()
    assert message in page.error.text() and page.callback.value() == ""
    assert not page.isComplete()


@pytest.mark.parametrize("url, message", [
    ("http://[::1", "brackets are only for a whole IPv6 address"),
    ("http://@ha.local:8123", "Leave the user name and password out"),
    ("http://ha..local:8123", "empty part between dots"),
])
def test_hass_page_malformed_urls_are_inline(qtbot, make_wizard, url, message):
    page = go_to(make_wizard(), "hass", qtbot)
    page.url.setText(url)
    page.token.setText("a" * 60 + "." + "b" * 60 + "." + "c" * 20)
    qtbot.mouseClick(page.test, Qt.MouseButton.LeftButton)
    assert message in page.error.text() and not page.isComplete()


@pytest.mark.parametrize("content", [
    b"[" * 10_000 + b"]" * 10_000,
    b'{"done": ' + b"[" * 10_000 + b"]" * 10_000 + b"}",
    b'{"path_kind": ["nabu_casa"], "done": ["path"]}',
    b"\xff\xfe garbage",
    b"[1, 2, 3]",
])
def test_an_unusable_saved_progress_starts_fresh_with_a_note(qtbot, make_wizard, ctx, content):
    ctx.paths.ensure()
    ctx.paths.wizard_state_file.write_bytes(content)
    wizard = make_wizard()
    assert wizard.currentPage() is wizard.page_for("path")
    assert "setup starts from the beginning" in wizard.currentPage().subTitle()
