"""Page 4: what to type into the Withings developer portal, each value with a Copy button."""

from __future__ import annotations

import shutil
from importlib import resources

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLineEdit, QPushButton

from withings_gui.wizard.base import Page, note, top_form
from withings_gui.wizard.widgets import CopyField

PORTAL_URL = "https://developer.withings.com/dashboard/"
DESCRIPTION = "Personal app for collecting my data"
COMPANY = "Home Assistant"


def logo_path():
    return resources.files("withings_gui") / "resources" / "withings-gui-logo.png"


class PortalPage(Page):
    page_id = "portal"
    step_name = "Withings app"

    def __init__(self, wizard):
        super().__init__(wizard)
        self.setTitle("Create your Withings developer app")
        self.setSubTitle("Withings lets you read your own data through an app you register. "
                         "Open the partner portal, create an application and fill in:")
        self.open_portal = QPushButton("&Open the Withings partner portal")
        self.save_logo = QPushButton("Save &logo…")
        self.portal_url = CopyField(PORTAL_URL)  # shown when no browser opens it
        self.portal_url.setVisible(False)
        self.description = CopyField(DESCRIPTION)
        self.email = QLineEdit()
        self.email.setPlaceholderText("you@example.com")
        self.callback = CopyField()
        self.company = CopyField(COMPANY)
        form = top_form(self)
        form.addRow("", self.open_portal)
        form.addRow("", self.portal_url)
        form.addRow("Logo:", self.save_logo)
        form.addRow("Description:", self.description)
        form.addRow("Contact &email:", self.email)
        form.addRow("Callback URI:", self.callback)
        form.addRow("Company:", self.company)
        form.addRow(note("Choose the “Public API integration” and the environment "
                         "“Development”. After saving, Withings shows the Client Id and "
                         "the Consumer Secret: keep that page open for the next step."))
        form.addRow(note("Already have a Withings developer app (for Home Assistant's own "
                         "Withings integration, say)? Use it instead: you then paste its values "
                         "and its callback URL exactly as registered."))
        self.have_app = QPushButton("I already &have an app…")
        form.addRow("", self.have_app)
        if self.draft.demo:
            form.addRow(note("<b>Demo:</b> nothing needs registering; the simulated Withings "
                             "already knows a demo app, whose Client Id and Secret are filled "
                             "in on the next page. The values above are what a real setup "
                             "types into the portal."))
        form.addRow(self.error)
        self.open_portal.clicked.connect(self._open_portal)
        self.save_logo.clicked.connect(self._save_logo)
        self.have_app.clicked.connect(self._use_existing_app)

    def initializePage(self) -> None:
        self.callback.set_value(self.draft.callback_url)
        self.email.setText(self.draft.contact_email)
        self.set_valid(True)

    def _use_existing_app(self) -> None:
        """Back to the first page with "I already have a Withings developer app" ticked: the
        choice changes the pages that follow (the callback is pasted, then checked)."""
        self.draft.existing_app = True
        wizard = self.setup
        while wizard.current_page_id() != "path" and len(wizard.visitedIds()) > 1:
            wizard.back()
        wizard.page_for("path").existing_app.setChecked(True)

    def _open_portal(self) -> None:
        if QDesktopServices.openUrl(QUrl(PORTAL_URL)):
            self.show_error("")
            return
        self.portal_url.setVisible(True)
        self.show_error("No browser could be opened from here: copy the portal's address "
                        "(above) into a browser.")

    def _save_logo(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, "Save the logo", "withings-gui-logo.png",
                                                "PNG image (*.png)")
        if target:
            with resources.as_file(logo_path()) as source:
                shutil.copyfile(source, target)

    def apply(self, draft) -> None:
        draft.contact_email = self.email.text().strip()
