"""Page 3: the callback URL Withings will call, checked the way Withings checks it."""

from __future__ import annotations

import queue
from urllib.parse import urlsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPlainTextEdit, QPushButton

from withings_gui.core.secrets import HA_TOKEN
from withings_gui.core.setup.home_network import path_kind_of
from withings_gui.core.messages import Message
from withings_gui.core.setup_rules.callback_network import TITLES, check_network, not_checked
from withings_gui.core.setup_rules.callback_url import (HOME_NETWORK_CALLBACK, CallbackUrlError,
                                                        RuleResult, build_callback_url,
                                                        check_static)
from withings_gui.core.setup_rules.snippets import external_url_yaml
from withings_gui.core.validation import InputError, check_web_address
from withings_gui.gui.look import space_out
from withings_gui.gui.marks import FAILED, PASSED
from withings_gui.gui.translation import shown_text
from withings_gui.wizard.base import Page, ask_hass, note, top_form
from withings_gui.wizard.widgets import CopyField, RuleList, StatusLine, plain_label

# Shown as "not checked" until the user presses Check (titles as core reports them).
NETWORK_RULES = TITLES


def said(source: str, **values: object) -> Message:
    """A rule's words made here (core makes the others), for the rule list to translate."""
    return Message("CallbackPage", source, values)


CHECKING = said(QT_TRANSLATE_NOOP("CallbackPage", "Checking…"))


class CallbackPage(Page):
    page_id = "callback"
    step_name = QT_TRANSLATE_NOOP("CallbackPage", "Callback address")

    def __init__(self, wizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Callback URL"))
        self.setSubTitle(self.tr("The address Withings sends you back to after you log in. "
                                 "Withings checks it when you save your developer app; we check "
                                 "it the same way first."))
        self.source = QLineEdit()
        self.callback = CopyField()
        self.changed = plain_label()  # what was changed in the typed address, said aloud
        self.check = QPushButton(self.tr("&Check"))
        self.check.setToolTip(self.tr("Look the name up, check the certificate and send an "
                                      "HTTP HEAD, as Withings does"))
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setVisible(False)
        # Each network rule arrives from the worker thread as soon as it is known (progress
        # as data: the worker only appends, the GUI thread polls).
        self._arrived: queue.SimpleQueue[RuleResult] = queue.SimpleQueue()
        self._poll = QTimer(self)
        self._poll.setInterval(100)
        self._poll.timeout.connect(self._drain)
        self.rules = RuleList()
        self.set_external = QPushButton(self.tr("Set this as Home Assistant's e&xternal URL"))
        self.set_external.setToolTip(self.tr("Possible once every check has passed"))
        self.external_result = StatusLine()  # may quote Home Assistant's refusal
        self.yaml = QPlainTextEdit()
        self.yaml.setReadOnly(True)
        self.yaml.setMaximumHeight(60)
        # The home-network path and an app made before: the callback URL as a whole.
        self.why_no_public_address = note(self.tr(
            "Withings sends your browser to this address after you log in, and this app "
            "catches that step before the page loads, so it never has to reach your Home "
            "Assistant: nothing needs opening to the internet. It only has to satisfy Withings "
            "when you save your developer app: any https page you trust that answers will do."))
        self.external_note = note(self.tr("Home Assistant must know this address as its "
                                          "external URL. Set it from here, or paste this into "
                                          "configuration.yaml:"))
        self.demo_note = note(self.tr("<b>Demo:</b> the simulated Withings accepts this URL "
                                      "without looking it up; these checks are for a real "
                                      "setup."))
        form = self.form = top_form(self)
        form.addRow(self.why_no_public_address)
        form.addRow(self.tr("&From:"), self.source)
        form.addRow(self.tr("Callback URL:"), self.callback)
        form.addRow("", self.changed)
        check_row = space_out(QHBoxLayout(), margins=False)
        check_row.addWidget(self.check)
        check_row.addWidget(self.cancel)
        check_row.addStretch(1)
        form.addRow("", check_row)
        form.addRow(self.busy_bar)
        form.addRow(self.rules)
        form.addRow(self.error)
        form.addRow(self.external_note)
        form.addRow(self.yaml)
        form.addRow("", self.set_external)
        form.addRow(self.external_result)
        form.addRow(self.demo_note)
        self.source.textEdited.connect(self._rebuild)
        self.source.returnPressed.connect(self.run_checks)
        self.check.clicked.connect(self.run_checks)
        self.cancel.clicked.connect(self.cancel_checks)
        self.set_external.clicked.connect(self._set_external_url)

    @property
    def exact(self) -> bool:
        """The whole URL is typed (home network) or pasted (an app made before), not built
        from Home Assistant's address; Home Assistant's external URL plays no part."""
        return self.draft.existing_app or self.draft.path_kind == "home_network"

    def initializePage(self) -> None:
        self.demo_note.setVisible(self.draft.demo)
        exact = self.exact
        for widget in (self.external_note, self.yaml, self.set_external):
            self.form.setRowVisible(widget, not exact)
        self.form.setRowVisible(self.why_no_public_address, exact)
        self.form.labelForField(self.source).setText(
            self.tr("Callback &URL:") if exact else self.tr("&From:"))
        self.source.setReadOnly(self.draft.existing_app)  # as registered: Back to change it
        self.form.setRowVisible(self.callback, not exact)
        if exact:
            self._initialize_exact()
        else:
            self._initialize_from_address()
        self.set_external.setEnabled(bool(self.draft.ha_url) and not self.draft.skip_hass)
        self._rebuild()

    def _initialize_exact(self) -> None:
        self.source.setPlaceholderText(HOME_NETWORK_CALLBACK)
        saved = self.draft.callback_url
        if self.draft.existing_app or (saved and path_kind_of(saved) == "home_network"):
            self.source.setText(saved)
        else:
            self.source.setText(HOME_NETWORK_CALLBACK)

    def _initialize_from_address(self) -> None:
        info = self.setup.hass_info
        if self.draft.path_kind == "nabu_casa":
            self.source.setPlaceholderText("https://abcdef1234567890.ui.nabu.casa")
            guess = info.cloud_url if info else ""
        else:
            self.source.setPlaceholderText("https://ha.example.com")
            guess = info.external_url if info else ""
        saved = self.draft.callback_url
        if saved and path_kind_of(saved) != "home_network":  # built from an address
            parts = urlsplit(saved)
            guess = f"{parts.scheme}://{parts.netloc}"
        self.source.setText(guess or "")

    def _rebuild(self) -> None:
        self.rules.clear()
        self.show_error("")
        self.changed.clear()
        self.form.setRowVisible(self.changed, False)  # no empty row's gap above Check
        self.external_result.clear()
        self._offer_external_url()
        try:
            # The shared address rules first: build_callback_url keeps only the host name,
            # which would quietly drop a "user@" part or a line break instead of refusing it.
            check_web_address(self.source.text(), "address", default_scheme="https")
            url = build_callback_url("exact" if self.exact else self.draft.path_kind,
                                     self.source.text())
        except (CallbackUrlError, InputError) as exc:
            self.callback.set_value("")
            self.yaml.clear()
            self.show_error(shown_text(exc) if self.source.text().strip() else "")
            self.set_valid(False)
            return
        self.callback.set_value(url)
        if self.source.text().strip().lower().startswith("http://"):
            self.changed.setText(self.tr("Changed http:// to https://: Withings accepts https "
                                         "only."))
            self.form.setRowVisible(self.changed, True)
        self.yaml.setPlainText(external_url_yaml(url))
        static = check_static(url, ha_path=not self.exact)
        for result in static:
            self.rules.add(result)
        blocking = any(r.ok is False and r.blocking for r in static)
        why = said(QT_TRANSLATE_NOOP("CallbackPage", "fix what is marked with a cross first")
                   if blocking else QT_TRANSLATE_NOOP("CallbackPage", "press Check"))
        for rule_id, title in NETWORK_RULES.items():
            self.rules.add(RuleResult(rule_id, title, None, said(QT_TRANSLATE_NOOP(
                "CallbackPage", "Not checked yet: {why}."), why=why)))
        self._offer_external_url()
        # The simulated Withings does not look the URL up, so the demo needs no network check.
        self.set_valid(self.draft.demo and not blocking)

    def run_checks(self) -> None:
        self._rebuild()
        url = self.callback.value()
        if not url or any(r.ok is False and r.blocking for r in self.rules.results.values()):
            return
        options = self.setup.network_check_options
        arrived = self._arrived = queue.SimpleQueue()  # a cancelled run's late results go nowhere
        for rule_id, title in NETWORK_RULES.items():
            self.rules.add(RuleResult(rule_id, title, None, CHECKING))
        self.cancel.setVisible(True)
        self._poll.start()
        self.run(lambda cancel: check_network(url, cancel=cancel, progress=arrived.put,
                                              **options), self._checked, self._check_failed)

    def cancel_checks(self) -> None:
        self.cancel_task()
        self._stop_polling()
        self._not_checked(said(QT_TRANSLATE_NOOP("CallbackPage", "cancelled")))

    def _not_checked(self, why: Message) -> None:
        """Network rules still waiting for an answer will not get one: say why."""
        for rule_id, result in list(self.rules.results.items()):
            if rule_id in NETWORK_RULES and result.message == CHECKING:
                self.rules.add(RuleResult(rule_id, result.title, None, not_checked(why)))

    def _drain(self) -> None:
        while not self._arrived.empty():
            self.rules.add(self._arrived.get())

    def _stop_polling(self) -> None:
        self._poll.stop()
        self._drain()
        self.cancel.setVisible(False)

    def _check_failed(self, exc: BaseException) -> None:
        self._stop_polling()
        self._not_checked(said(QT_TRANSLATE_NOOP("CallbackPage", "the check stopped")))
        self.show_error(self.tr("The check stopped: {error}").format(error=shown_text(exc)))

    def _checked(self, results) -> None:
        self._stop_polling()
        for result in results:
            self.rules.add(result)
        failures = [r for r in self.rules.results.values() if r.ok is False and r.blocking]
        self.set_valid(not failures or self.draft.demo)
        self._offer_external_url()
        if failures and not self.draft.demo:
            self.show_error(self.tr("Withings would refuse this callback URL: fix what is "
                                    "marked with a cross and check again."))

    def _all_checks_passed(self) -> bool:
        # A warning Withings would accept (ok False, not blocking) is no reason to refuse.
        return set(NETWORK_RULES) <= set(self.rules.results) and all(
            r.ok or (r.ok is False and not r.blocking) for r in self.rules.results.values())

    def _offer_external_url(self) -> None:
        """Only an address that passed every check may become HA's external URL."""
        self.set_external.setEnabled(bool(self.draft.ha_url) and not self.draft.skip_hass
                                     and self._all_checks_passed())

    def _set_external_url(self) -> None:
        if not self._all_checks_passed():  # the button is disabled; Enter must not get here
            return
        external = f"https://{urlsplit(self.callback.value()).netloc}"
        ctx, token = self.ctx, self.draft.secrets.get(HA_TOKEN)
        ha_url, ca_file = self.draft.ha_url, self.draft.ha_ca_file
        self.external_result.say(self.tr("Setting the external URL…"), None)
        self.run(lambda cancel: ask_hass(ha_url, token or ctx.secrets.get(HA_TOKEN) or "",
                                         ca_file, lambda api: api.set_external_url(external)),
                 lambda done: self._external_url_set(external, done),
                 lambda exc: self.external_result.say(
                     self.tr("Could not set the external URL ({error}); paste the YAML "
                             "instead.").format(error=shown_text(exc)), FAILED))

    def _external_url_set(self, external: str, done: bool) -> None:
        if done:
            self.external_result.say(self.tr("Home Assistant's external URL is now "
                                             "{url}.").format(url=external), PASSED)
            return
        self.external_result.say(self.tr(
            "Not set: Home Assistant's core settings come from configuration.yaml, so a "
            "change made from here would be lost at its next restart. Paste the YAML above "
            "into configuration.yaml instead (replace an external_url line already there), "
            "then restart Home Assistant."), FAILED)
        self.yaml.setFocus()
        self.yaml.selectAll()

    def cleanupPage(self) -> None:
        self.cancel_checks()

    def apply(self, draft) -> None:
        draft.callback_url = self.callback.value()
