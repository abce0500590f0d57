"""Page 2: Home Assistant's address and a long-lived token, proven by the Test button."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from withings_gui.core.secrets import HA_TOKEN
from withings_gui.core.setup import flow
from withings_gui.core.validation import InputError, check_ha_token, normalize_ha_url
from withings_gui.gui.look import space_out
from withings_gui.gui.marks import PASSED
from withings_gui.gui.translation import shown_text
from withings_gui.wizard.base import Page, ask_hass, note, top_form
from withings_gui.wizard.widgets import StatusLine

if TYPE_CHECKING:
    from withings_gui.core.hass.client import HassInfo


class HassPage(Page):
    page_id = "hass"
    step_name = QT_TRANSLATE_NOOP("HassPage", "Home Assistant")

    def __init__(self, wizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Connect to Home Assistant"))
        self.setSubTitle(self.tr("Its address as this computer reaches it, and a long-lived "
                                 "access token (your HA profile → Security → Long-lived "
                                 "access tokens)."))
        self.url = QLineEdit()
        self.url.setPlaceholderText("http://homeassistant.local:8123")
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        # A self-signed HA certificate: the user trusts its file, after comparing the
        # fingerprint the error shows. Verification itself is never switched off.
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("only for a self-signed certificate "
                                                "(.pem, .crt)"))
        self.ca_browse = QPushButton(self.tr("Trust certificate &file…"))
        ca_row = QWidget()
        row = space_out(QHBoxLayout(ca_row), margins=False)
        row.addWidget(self.ca_file, 1)
        row.addWidget(self.ca_browse)
        self.test = QPushButton(self.tr("&Test connection"))
        self.test.setDefault(False)
        self.result = StatusLine()  # HA's location name is HA's text, shown as typed
        # Shown when the address works only at home but another path was chosen.
        self.proposal = note(self.tr("This address works only in your home network. If your "
                                     "Home Assistant has no address on the internet, choose "
                                     "the home-network path: nothing needs opening to the "
                                     "internet."))
        self.use_home_network = QPushButton(self.tr("&Use the home-network path"))
        self.skip = QCheckBox(self.tr("&Skip Home Assistant (demo only: the sensors are shown, "
                                      "not sent)"))
        self.info: HassInfo | None = None
        # The fields (address, token, certificate) a Test passed with: the same fields
        # need no second Test after Back and Next; changed ones do.
        self.passed_with: tuple[str, str, str] | None = None
        form = self.form = top_form(self)
        form.addRow(self.tr("Home Assistant &address:"), self.url)
        form.addRow(self.tr("Access to&ken:"), self.token)
        form.addRow(self.tr("Certificate:"), ca_row)
        form.addRow("", self.test)
        form.addRow(self.busy_bar)
        form.addRow(self.result)
        form.addRow(self.error)
        form.addRow(self.proposal)
        form.addRow("", self.use_home_network)
        if self.draft.demo:
            form.addRow(self.skip)
            form.addRow(note(self.tr("In the demo you may skip this step; the tray then shows "
                                     "the demo data without sending it anywhere.")))
        self.test.clicked.connect(self.run_test)
        self.url.returnPressed.connect(self.run_test)
        self.token.returnPressed.connect(self.run_test)
        self.url.textEdited.connect(self._changed)
        self.token.textEdited.connect(self._changed)
        self.ca_file.textChanged.connect(self._changed)
        self.ca_browse.clicked.connect(self.choose_ca_file)
        self.skip.toggled.connect(self._changed)
        self.use_home_network.clicked.connect(self._use_home_network)

    def initializePage(self) -> None:
        self.url.setText(self.draft.ha_url)
        self.ca_file.setText(self.draft.ha_ca_file)
        self.skip.setChecked(self.draft.skip_hass)
        if not self.token.text():  # typed in this run, else the one saved in the keyring
            self.token.setText(self.draft.secrets.get(HA_TOKEN)
                               or self.ctx.secrets.get(HA_TOKEN) or "")
        if self.passed_with is None and "hass" in self.draft.done and not self.draft.skip_hass:
            # An earlier run went past this page, which takes a passed Test: these fields.
            self.passed_with = self._fields()
        self._changed()

    def _fields(self) -> tuple[str, str, str]:
        return (self.url.text().strip(), self.token.text().strip(),
                self.ca_file.text().strip())

    def _changed(self) -> None:
        self._propose(None)
        self.result.clear()
        self.show_error("")
        passed = self.passed_with is not None and self.passed_with == self._fields()
        if passed:
            self.result.say(self._passed_text(), PASSED)
            self._propose(flow.proposed_path(self.draft, self.url.text()))
        self.set_valid(self.skip.isChecked() or passed)

    def _passed_text(self) -> str:
        if self.info is None:  # passed in an earlier run of the wizard
            return self.tr("Tested before with this address and token.")
        return self.tr("Connected to Home Assistant {version} “{name}”.").format(
            version=self.info.version, name=self.info.location_name)

    def run_test(self) -> None:
        self.passed_with = self.info = None
        self._changed()
        fields = self._fields()
        try:
            url = normalize_ha_url(self.url.text())
            token = check_ha_token(self.token.text())
            ca_file = _checked_ca_file(self.ca_file.text())
        except InputError as exc:
            self.show_error(shown_text(exc))
            return
        self.result.say(self.tr("Connecting…"), None)
        self.run(lambda cancel: ask_hass(url, token, ca_file, lambda api: api.info()),
                 lambda info: self._tested(fields, info), self._failed)

    def choose_ca_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Trust Home Assistant's certificate"), self.ca_file.text(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.ca_file.setText(path)

    def _tested(self, fields: tuple[str, str, str], info: HassInfo) -> None:
        self.info, self.passed_with = info, fields
        self._changed()  # fields edited while the Test ran are not the ones it passed

    def _propose(self, path: str | None) -> None:
        shown = path == "home_network"
        self.form.setRowVisible(self.proposal, shown)
        self.form.setRowVisible(self.use_home_network, shown)

    def _use_home_network(self) -> None:
        self.draft.path_kind = "home_network"
        self._propose(None)
        self.result.say(self.result.text() + "\n" + self.tr(
            "Home network only: Withings never needs to reach this Home Assistant."), PASSED)

    def _failed(self, exc: BaseException) -> None:
        self.result.clear()
        self.show_error(shown_text(exc))

    def apply(self, draft) -> None:
        draft.skip_hass = self.skip.isChecked()
        if not draft.skip_hass:
            draft.ha_url = normalize_ha_url(self.url.text())
            draft.ha_ca_file = _checked_ca_file(self.ca_file.text())
            draft.secrets[HA_TOKEN] = check_ha_token(self.token.text())
            self.setup.hass_info = self.info


def _checked_ca_file(path: str) -> str:
    from withings_gui.core.hass.certificate import check_ca_file  # ssl: not at startup

    return check_ca_file(path)
