"""Page 1: which callback address Withings is given — Home Assistant Cloud, an own domain,
or the home network only — and whether a Withings developer app exists already."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QCheckBox, QRadioButton, QVBoxLayout

from withings_gui.core.setup import flow
from withings_gui.wizard.base import Page, body_layout, note


class PathPage(Page):
    page_id = "path"
    step_name = "Welcome"

    def __init__(self, wizard):
        super().__init__(wizard)
        self.setTitle("Welcome")
        self.setSubTitle("This wizard connects your Withings account to Home Assistant. It "
                         "takes about ten minutes; you can close it and continue later.")
        self.home = QRadioButton("Only on my home net&work (nothing to open to the internet)")
        self.nabu = QRadioButton("&Home Assistant Cloud (Nabu Casa)")
        self.own = QRadioButton("My &own public domain with https (e.g. https://ha.example.com)")
        self.kinds = {"home_network": self.home, "nabu_casa": self.nabu, "own_domain": self.own}
        group = QButtonGroup(self)
        for button in self.kinds.values():
            group.addButton(button)
        self.existing_app = QCheckBox("I already have a Withings &developer app (e.g. the one "
                                      "made for Home Assistant's Withings integration)")
        layout = body_layout(self, QVBoxLayout())
        layout.addWidget(note("After you log in, Withings sends your browser to the callback "
                              "address of your Withings developer app. This app catches that "
                              "step itself, so the address never has to lead to your Home "
                              "Assistant. How is your Home Assistant reached from outside?"))
        layout.addWidget(self.home)
        layout.addWidget(self.nabu)
        layout.addWidget(self.own)
        layout.addSpacing(12)
        layout.addWidget(self.existing_app)
        if self.draft.demo:
            layout.addWidget(note("<b>Demo:</b> everything runs against a simulated Withings; "
                                  "any choice works."))
        layout.addStretch(1)
        for button in self.kinds.values():
            button.toggled.connect(lambda: self.set_valid(True))

    def initializePage(self) -> None:
        self.kinds[flow.offered_path(self.draft)].setChecked(True)
        self.existing_app.setChecked(self.draft.existing_app)
        self.set_valid(True)

    def apply(self, draft) -> None:
        draft.path_kind = next(kind for kind, button in self.kinds.items()
                               if button.isChecked())
        draft.existing_app = self.existing_app.isChecked()
