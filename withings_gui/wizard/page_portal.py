"""Page 4: what to type into the Withings developer portal, each value with a Copy button,
beside a picture of the portal's forms numbered like the values (portal_figure.py)."""

from __future__ import annotations

import shutil
from importlib import resources

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QFileDialog, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from withings_gui.gui.look import SPACING, space_out
from withings_gui.wizard.base import Page, body_layout, note
from withings_gui.wizard.portal_figure import (APPLICATION_DESCRIPTION, APPLICATION_NAME,
                                               CONTACT_EMAIL, ENVIRONMENT, LOGO, ORGANIZATION,
                                               ORGANIZATION_NAME, PORTAL_FORM, REGISTERED_URLS,
                                               NumberBadge, PortalField, PortalFigure, numbered)
from withings_gui.wizard.widgets import CopyField, plain_label

PORTAL_URL = "https://developer.withings.com/dashboard/"
DESCRIPTION = "Personal app for collecting my data"
COMPANY = "Home Assistant"  # the organization's name
APP_NAME = "Home Assistant"  # what Withings' login page names the app the data goes to
# Row labels with the letter Alt+ reaches them by (unique across the page's buttons). The
# portal's own names, in English as the portal shows them: the user looks for these words.
ALT_KEYS = {CONTACT_EMAIL: "Contact &email"}


def logo_path():
    return resources.files("withings_gui") / "resources" / "withings-gui-logo.png"


class PortalPage(Page):
    page_id = "portal"
    step_name = QT_TRANSLATE_NOOP("PortalPage", "Withings app")

    def __init__(self, wizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Create your Withings developer app"))
        self.setSubTitle(self.tr("Withings lets you read your own data through an app you "
                                 "register. Open the developer portal, create an application "
                                 "of the kind “Public API integration” and fill in:"))
        self.open_portal = QPushButton(self.tr("&Open the Withings developer portal"))
        self.portal_url = CopyField(PORTAL_URL)  # shown when no browser opens it
        self.portal_url.setVisible(False)
        self.company = CopyField(COMPANY)
        self.email = QLineEdit()
        self.email.setPlaceholderText("you@example.com")
        self.environment = plain_label(ENVIRONMENT.shown)
        self.app_name = CopyField(APP_NAME)
        self.description = CopyField(DESCRIPTION)
        self.callback = CopyField()
        self.save_logo = QPushButton(self.tr("Save &logo…"))
        # Each field of the portal's forms and what goes into it, in the portal's order.
        values = {ORGANIZATION_NAME: self.company, CONTACT_EMAIL: self.email,
                  ENVIRONMENT: self.environment, APPLICATION_NAME: self.app_name,
                  APPLICATION_DESCRIPTION: self.description, REGISTERED_URLS: self.callback,
                  LOGO: self.save_logo}
        self.figure = PortalFigure(PORTAL_FORM)
        self.rows = QGridLayout()
        self.row_badges: list[NumberBadge] = []
        self.row_labels: list[QLabel] = []
        for number, field in numbered(PORTAL_FORM):
            self._add_row(number, field, values[field])
        self.values = QWidget()
        column = space_out(QVBoxLayout(self.values), margins=False)
        column.addWidget(self.open_portal)
        column.addWidget(self.portal_url)
        column.addLayout(space_out(self.rows, margins=False))
        self.rows.setVerticalSpacing(SPACING // 2)  # each group is already label and value
        first, second = (number for number, field in numbered(PORTAL_FORM)
                         if field.section == ORGANIZATION)
        column.addWidget(note(self.tr("Withings asks for {first} and {second} once, for your "
                                      "developer account. The saved application shows its "
                                      "Client ID and Secret: keep that page open.").format(
            first=first, second=second)))
        column.addStretch(1)
        # Side by side, always: at the wizard's smallest both fit, and with a larger font a
        # wider window suits a landscape screen better than a taller one would.
        beside = space_out(QHBoxLayout(), margins=False)
        beside.addWidget(self.figure, 0, Qt.AlignmentFlag.AlignTop)
        beside.addWidget(self.values, 1)
        outer = body_layout(self, QVBoxLayout())
        outer.addLayout(beside)
        self.have_app = QPushButton(self.tr("I already &have an app…"))
        have_app = space_out(QHBoxLayout(), margins=False)
        have_app.addWidget(note(self.tr("Already have a Withings developer app (for Home "
                                        "Assistant's own integration, say)? Use it "
                                        "instead.")), 1)
        have_app.addWidget(self.have_app)
        outer.addLayout(have_app)
        if self.draft.demo:
            outer.addWidget(note(self.tr("<b>Demo:</b> nothing needs registering; the "
                                         "simulated Withings already knows a demo app, whose "
                                         "Client Id and Secret are filled in on the next "
                                         "page.")))
        outer.addWidget(self.error)
        outer.addStretch(1)
        self.open_portal.clicked.connect(self._open_portal)
        self.save_logo.clicked.connect(self._save_logo)
        self.have_app.clicked.connect(self._use_existing_app)

    def _add_row(self, number: int, field: PortalField, value: QWidget) -> None:
        """A value beside the badge its field has in the picture, under the portal's name."""
        badge = NumberBadge(number)
        label = QLabel(ALT_KEYS.get(field, field.label) + ":")
        if not isinstance(value, QLabel):  # Alt+letter on the label focuses the value
            label.setBuddy(value.edit if isinstance(value, CopyField) else value)
        # The label above its value, as in the portal's form: the value gets the whole
        # width (a callback URL shows whole), the two kept close as one group.
        group = QVBoxLayout()
        group.setSpacing(SPACING // 4)
        group.addWidget(label)
        if isinstance(value, QPushButton):  # a button as wide as its text, not the column
            group.addWidget(value, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            group.addWidget(value)
        row = self.rows.rowCount()
        self.rows.addWidget(badge, row, 0, Qt.AlignmentFlag.AlignTop)
        self.rows.addLayout(group, row, 1)
        self.rows.setColumnStretch(1, 1)
        self.row_badges.append(badge)
        self.row_labels.append(label)

    def numbered_values(self) -> list[tuple[int, str]]:
        """The numbers beside the values with their labels (no "&" or colon), in order."""
        return [(badge.number, label.text().replace("&", "").rstrip(":"))
                for badge, label in zip(self.row_badges, self.row_labels)]

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
        self.show_error(self.tr("No browser could be opened from here: copy the portal's "
                                "address (above) into a browser."))

    def _save_logo(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the logo"),
                                                "withings-gui-logo.png",
                                                self.tr("PNG image (*.png)"))
        if target:
            with resources.as_file(logo_path()) as source:
                shutil.copyfile(source, target)

    def apply(self, draft) -> None:
        draft.contact_email = self.email.text().strip()
