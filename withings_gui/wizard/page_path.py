"""Page 1: how Withings will reach Home Assistant — Home Assistant Cloud or an own domain."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout

from withings_gui.wizard.base import Page, note


class PathPage(Page):
    page_id = "path"

    def __init__(self, wizard):
        super().__init__(wizard)
        self.setTitle("Welcome")
        self.setSubTitle("This wizard connects your Withings account to Home Assistant. It "
                         "takes about ten minutes; you can close it and continue later.")
        self.nabu = QRadioButton("&Home Assistant Cloud (Nabu Casa)")
        self.own = QRadioButton("My &own domain with https (e.g. https://ha.example.com)")
        group = QButtonGroup(self)
        group.addButton(self.nabu)
        group.addButton(self.own)
        layout = QVBoxLayout(self)
        layout.addWidget(note("Withings sends you back to Home Assistant after you log in, "
                              "so it needs an https address of your Home Assistant that works "
                              "from the internet. Which one do you have?"))
        layout.addWidget(self.nabu)
        layout.addWidget(self.own)
        if self.draft.demo:
            layout.addWidget(note("<b>Demo:</b> everything runs against a simulated Withings; "
                                  "either choice works."))
        layout.addStretch(1)
        self.nabu.toggled.connect(lambda: self.set_valid(True))
        self.own.toggled.connect(lambda: self.set_valid(True))

    def initializePage(self) -> None:
        (self.nabu if self.draft.path_kind == "nabu_casa" else self.own).setChecked(True)
        self.set_valid(True)

    def apply(self, draft) -> None:
        draft.path_kind = "nabu_casa" if self.nabu.isChecked() else "own_domain"
