"""Page 5: the Client Id and Consumer Secret Withings showed, format-checked as typed."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit

from withings_gui.core.secrets import CLIENT_SECRET
from withings_gui.core.validation import InputError, check_client_id, check_client_secret
from withings_gui.wizard.base import Page, note, top_form
from withings_gui.wizard.widgets import plain_label


class CredentialsPage(Page):
    page_id = "credentials"

    def __init__(self, wizard):
        super().__init__(wizard)
        self.setTitle("Client Id and Consumer Secret")
        self.setSubTitle("Copy both from your Withings developer app.")
        # Where the secret goes, said before Next: a keyring, or the file when there is none.
        self.store = plain_label()  # names a file path: never markup
        self.client_id = QLineEdit()
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_secret = QCheckBox("S&how the secret")
        self.id_error = self._field_error()
        self.secret_error = self._field_error()
        form = self.form = top_form(self)
        form.addRow("Client &Id:", self.client_id)
        form.addRow("", self.id_error)
        form.addRow("Consumer &Secret:", self.secret)
        form.addRow("", self.show_secret)
        form.addRow("", self.secret_error)
        form.addRow(self.store)
        if self.draft.demo:
            form.addRow(note("<b>Demo:</b> the simulated Withings' demo app is filled in."))
        self.client_id.textChanged.connect(self._check)
        self.secret.textChanged.connect(self._check)
        self.show_secret.toggled.connect(lambda on: self.secret.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))

    @staticmethod
    def _field_error():
        from withings_gui.wizard.widgets import error_label

        return error_label()

    def initializePage(self) -> None:
        self.client_id.setText(self.draft.client_id)
        store = self.ctx.secrets
        self.store.setText(store.warning if store.uses_file else
                           "The secret is kept in your system keyring "
                           f"({store.backend_name}), never in a settings file.")
        self.store.setStyleSheet("color: #e65100;" if store.uses_file else "")
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
                label.setText(str(exc) if field.text() else "")
                ok = False
            self.form.setRowVisible(label, bool(label.text()))
        self.set_valid(ok)

    def apply(self, draft) -> None:
        draft.client_id = check_client_id(self.client_id.text())
        draft.secrets[CLIENT_SECRET] = check_client_secret(self.secret.text())
