"""Page 1: which callback address Withings is given — Home Assistant Cloud, an own domain,
or the home network only — and whether a Withings developer app exists already."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QGridLayout, QHBoxLayout,
                               QLabel, QRadioButton, QVBoxLayout)

from withings_gui.core.config import LANGUAGES, Config
from withings_gui.core.setup import flow
from withings_gui.gui.look import SECTION, SPACING, space_out
from withings_gui.gui.translation import language_name
from withings_gui.wizard.base import Page, body_layout, note

# What a person should have at hand before starting: (what, why).
NEEDS = (
    (QT_TRANSLATE_NOOP("PathPage", "A Withings account"),
     QT_TRANSLATE_NOOP("PathPage", "with the person's measurements in the Withings app")),
    (QT_TRANSLATE_NOOP("PathPage", "Home Assistant"),
     QT_TRANSLATE_NOOP("PathPage",
                       "its address and a long-lived access token from your HA profile")),
    (QT_TRANSLATE_NOOP("PathPage", "About ten minutes"),
     QT_TRANSLATE_NOOP("PathPage",
                       "you can close the wizard and continue later where you left off")),
)


def section(text: str) -> QLabel:
    """A group's title on a page."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def need_list() -> QGridLayout:
    grid = space_out(QGridLayout(), margins=False)
    grid.setColumnStretch(1, 1)
    for row, (what, why) in enumerate(NEEDS):
        grid.addWidget(QLabel("•"), row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(note(QCoreApplication.translate("PathPage", "<b>{what}</b> — {why}")
                            .format(what=QCoreApplication.translate("PathPage", what),
                                    why=QCoreApplication.translate("PathPage", why))), row, 1)
    return grid


class PathPage(Page):
    page_id = "path"
    step_name = QT_TRANSLATE_NOOP("PathPage", "Welcome")

    def __init__(self, wizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Welcome"))
        self.setSubTitle(self.tr("This wizard connects your Withings account to Home Assistant. "
                                 "Your measurements then appear there as sensors, kept current "
                                 "from an icon beside the clock."))
        self.home = QRadioButton(self.tr("Only on my home net&work (nothing to open to the "
                                         "internet)"))
        self.nabu = QRadioButton(self.tr("&Home Assistant Cloud (Nabu Casa)"))
        self.own = QRadioButton(self.tr("My &own public domain with https (e.g. "
                                        "https://ha.example.com)"))
        self.kinds = {"home_network": self.home, "nabu_casa": self.nabu, "own_domain": self.own}
        group = QButtonGroup(self)
        for button in self.kinds.values():
            group.addButton(button)
        self.existing_app = QCheckBox(self.tr("I already have a Withings &developer app"))
        layout = body_layout(self, QVBoxLayout())
        layout.addWidget(section(self.tr("What you need")))
        layout.addLayout(need_list())
        layout.addSpacing(SECTION)
        layout.addWidget(section(self.tr("What happens")))
        layout.addWidget(note(self.tr(
            "You register a free developer app with Withings (every value to type is given), "
            "log in to Withings here, and the first sync sends the measurements to Home "
            "Assistant. This app talks to Withings and Home Assistant directly; your login "
            "stays on this computer.")))
        layout.addSpacing(SECTION)
        layout.addWidget(section(self.tr("How is your Home Assistant reached from outside?")))
        layout.addWidget(note(self.tr("Withings' login ends at your developer app's callback "
                                      "address; this app catches that step itself, so the "
                                      "address never has to lead to your Home Assistant.")))
        layout.addWidget(self.home)
        layout.addWidget(self.nabu)
        layout.addWidget(self.own)
        layout.addSpacing(SPACING)
        layout.addWidget(self.existing_app)
        layout.addWidget(note(self.tr("For example the one made for Home Assistant's own "
                                      "Withings integration: its values are then used instead "
                                      "of a new app's.")))
        if self.draft.demo:
            layout.addWidget(note(self.tr("<b>Demo:</b> everything runs against a simulated "
                                          "Withings; any choice works.")))
        layout.addSpacing(SECTION)
        layout.addLayout(self._language_row())
        layout.addStretch(1)
        for button in self.kinds.values():
            button.toggled.connect(lambda: self.set_valid(True))

    def _language_row(self) -> QHBoxLayout:
        """The app's language, each named in itself; a change starts the wizard again in it."""
        self.language = QComboBox()
        self.language.addItem(self.tr("As the system"), "")
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        chosen = self.language.findData(self.ctx.config.language)
        self.language.setCurrentIndex(max(chosen, 0))
        self.language.activated.connect(self._language_chosen)
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.language)
        row = space_out(QHBoxLayout(), margins=False)
        row.addWidget(label)
        row.addWidget(self.language)
        row.addStretch(1)
        return row

    def _language_chosen(self, _index: int) -> None:
        language = self.language.currentData()
        if language == self.ctx.config.language:
            return
        ctx = self.ctx

        def save(config: Config) -> None:
            config.language = language

        # Saved off the GUI thread (a locked write); then the wizard starts again in it.
        self.run(lambda cancel: ctx.update_config(save),
                 lambda _config: self.setup.relaunch_in(language))

    def initializePage(self) -> None:
        self.kinds[flow.offered_path(self.draft)].setChecked(True)
        self.existing_app.setChecked(self.draft.existing_app)
        self.set_valid(True)

    def apply(self, draft) -> None:
        draft.path_kind = next(kind for kind, button in self.kinds.items()
                               if button.isChecked())
        draft.existing_app = self.existing_app.isChecked()
