"""Page 5: the Client Id and Consumer Secret Withings showed, format-checked as typed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QLineEdit

from withings_gui.core.secrets import CLIENT_SECRET
from withings_gui.core.validation import (InputError, check_client_id, check_client_secret,
                                          check_web_address)
from withings_gui.gui.marks import PASSED, WARNING
from withings_gui.gui.translation import shown_text
from withings_gui.wizard.base import Page, note, top_form
from withings_gui.wizard.widgets import StatusLine


# One sentence of docs/WITHINGS_APP_SHARING.md, where the sources are.
SHARING_NOTE = QT_TRANSLATE_NOOP(
    "CredentialsPage", "Sharing the app with Home Assistant's own Withings integration works, "
    "but Withings does not say whether a second login of the same person can end the other's "
    "session; if either one keeps asking you to log in again, create a second app for this "
    "one.")


class CredentialsPage(Page):
    page_id = "credentials"
    step_name = QT_TRANSLATE_NOOP("CredentialsPage", "App keys")

    def __init__(self, wizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Client Id and Consumer Secret"))
        self.setSubTitle(self.tr("Copy both from your Withings developer app."))
        # Where the secret goes, said before Next: a keyring, or the file when there is none.
        self.store = StatusLine()  # names a file path: never markup
        self.client_id = QLineEdit()
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_secret = QCheckBox(self.tr("S&how the secret"))
        # An app made before: its callback URL exactly as registered (the next page checks it).
        self.registered = QLineEdit()
        self.registered.setPlaceholderText("https://my.home-assistant.io/redirect/oauth")
        self.sharing = note(self.tr(SHARING_NOTE))
        self.id_error = self._field_error()
        self.secret_error = self._field_error()
        self.registered_error = self._field_error()
        form = self.form = top_form(self)
        form.addRow(self.tr("Client &Id:"), self.client_id)
        form.addRow("", self.id_error)
        form.addRow(self.tr("Consumer &Secret:"), self.secret)
        form.addRow("", self.show_secret)
        form.addRow("", self.secret_error)
        form.addRow(self.store)
        form.addRow(self.tr("Callback &URL as registered:"), self.registered)
        form.addRow("", self.registered_error)
        form.addRow(self.sharing)
        if self.draft.demo:
            form.addRow(note(self.tr("<b>Demo:</b> the simulated Withings' demo app is filled "
                                     "in.")))
        self.client_id.textChanged.connect(self._check)
        self.secret.textChanged.connect(self._check)
        self.registered.textChanged.connect(self._check)
        self.show_secret.toggled.connect(lambda on: self.secret.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))

    @staticmethod
    def _field_error():
        from withings_gui.wizard.widgets import error_label

        return error_label()

    def initializePage(self) -> None:
        existing = self.draft.existing_app
        for widget in (self.registered, self.sharing):
            self.form.setRowVisible(widget, existing)
        self.setTitle(self.tr("Your Withings developer app") if existing
                      else self.tr("Client Id and Consumer Secret"))
        if existing:
            self.registered.setText(self.draft.callback_url)
        self.client_id.setText(self.draft.client_id)
        store = self.ctx.secrets
        if store.uses_file:
            self.store.say(shown_text(store.warning), WARNING)
        else:
            self.store.say(self.tr("The secret is kept in your system keyring ({keyring}), "
                                   "never in a settings file.").format(
                keyring=store.backend_name), PASSED)
        if not self.secret.text():  # typed in this run, else the one saved in the keyring
            self.secret.setText(self.draft.secrets.get(CLIENT_SECRET)
                                or self.ctx.secrets.get(CLIENT_SECRET) or "")
        self._check()

    def _check(self) -> None:
        ok = True
        for field, checker, label in ((self.client_id, check_client_id, self.id_error),
                                      (self.secret, check_client_secret, self.secret_error)):
            try:
                checker(field.text())
                label.setText("")
            except InputError as exc:
                # Say nothing about an empty field until the user typed something.
                label.setText(shown_text(exc) if field.text() else "")
                ok = False
            self.form.setRowVisible(label, bool(label.text()))
        if self.draft.existing_app:
            try:
                check_web_address(self.registered.text(), "callback URL")
                self.registered_error.setText("")
            except InputError as exc:
                self.registered_error.setText(shown_text(exc) if self.registered.text()
                                              else "")
                ok = False
        self.form.setRowVisible(self.registered_error, bool(self.registered_error.text()))
        self.set_valid(ok)

    def apply(self, draft) -> None:
        draft.client_id = check_client_id(self.client_id.text())
        draft.secrets[CLIENT_SECRET] = check_client_secret(self.secret.text())
        if draft.existing_app:
            draft.callback_url = check_web_address(self.registered.text(), "callback URL")[0]
