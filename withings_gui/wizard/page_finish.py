"""Page 8: units, interval, start at login, the lb YAML, HA's config check, the first sync."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QFormLayout, QGridLayout, QHBoxLayout,
                               QLabel, QPlainTextEdit, QPushButton, QRadioButton, QSpinBox,
                               QWidget)

from withings_gui.core.config import (DEFAULT_INTERVAL_MINUTES, MAX_INTERVAL_MINUTES,
                                      MIN_INTERVAL_MINUTES)
from withings_gui.core.plain_text import plain_text
from withings_gui.core.secrets import HA_TOKEN
from withings_gui.core.setup import flow
from withings_gui.core.setup.commit import commit, finish, save_progress
from withings_gui.core.setup.draft import SetupDraft
from withings_gui.core.setup_rules.snippets import lb_template_yaml
from withings_gui.gui.look import space_out
from withings_gui.gui.marks import FAILED, PASSED
from withings_gui.gui.sync_process import SyncProcess
from withings_gui.gui.translation import shown_text
from withings_gui.wizard.base import Page, ask_hass, body_layout, note
from withings_gui.wizard.widgets import StatusLine


def _left(*widgets: QWidget) -> QWidget:
    """Widgets side by side at their natural size, on the left of the row."""
    box = QWidget()
    row = space_out(QHBoxLayout(box), margins=False)
    texts = (QLabel, StatusLine)
    for widget in widgets:
        # A text takes the rest of the row (it may wrap); otherwise the rest stays empty.
        row.addWidget(widget, 1 if isinstance(widget, texts) else 0)
    if not any(isinstance(widget, texts) for widget in widgets):
        row.addStretch(1)
    return box


class FinishPage(Page):
    page_id = "finish"
    step_name = QT_TRANSLATE_NOOP("FinishPage", "Units and first sync")

    def __init__(self, wizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Options and first sync"))
        self.setSubTitle(self.tr("Choose how the sensors look, then the first sync runs."))
        self.units = {unit: QRadioButton(text) for unit, text in (
            ("kg", self.tr("&kg")), ("lb", self.tr("&lb")),
            ("both", self.tr("b&oth (kg sensors plus _lbs twins)")),
            ("st", self.tr("s&t (_st sensors; shown as 11 st 2 lb)")))}
        group = QButtonGroup(self)
        # Two by two, the short ones first: four choices with their explanations in one row
        # would not fit the wizard's width (the look test measures it).
        unit_row = QWidget()
        grid = space_out(QGridLayout(unit_row), margins=False)
        for index, button in enumerate(self.units.values()):
            group.addButton(button)
            grid.addWidget(button, index % 2, index // 2)
        grid.setColumnStretch(2, 1)
        self.interval = QSpinBox()
        self.interval.setRange(MIN_INTERVAL_MINUTES, MAX_INTERVAL_MINUTES)
        self.interval.setSuffix(self.tr(" min"))
        self.autostart = QCheckBox(self.tr("Start the tray when I log in"))
        self.notify = QCheckBox(self.tr("Notify me of each new weigh-in"))
        self.yaml = QPlainTextEdit()
        self.yaml.setReadOnly(True)
        self.yaml.setMaximumHeight(90)
        self.copy_yaml = QPushButton(self.tr("Copy YAML"))
        self.check = QPushButton(self.tr("Check Home Assistant's &configuration"))
        self.check_result = StatusLine()  # HA's own error text, shown as typed
        self.sync = QPushButton(self.tr("&Sync now"))
        self.sync_result = QPlainTextEdit()
        self.sync_result.setReadOnly(True)
        self.another = QPushButton(self.tr("&Add another person…"))
        form = body_layout(self, QFormLayout())
        form.addRow(self.tr("Units:"), unit_row)
        form.addRow(self.tr("Sync &every:"), self.interval)
        form.addRow("", self.autostart)
        form.addRow("", self.notify)
        form.addRow(note(self.tr("Publishing kg only but want pounds in HA too? Template "
                                 "sensors for configuration.yaml:")))
        form.addRow(self.yaml)
        form.addRow("", _left(self.copy_yaml))
        form.addRow(self.tr("Home Assistant:"), _left(self.check))
        # Under the button, not beside it: HA's answer (or a longer language) needs the width.
        form.addRow("", self.check_result)
        form.addRow(self.tr("First sync:"), _left(self.sync, self.busy_bar))
        form.addRow(self.sync_result)
        form.addRow(self.error)
        form.addRow("", _left(self.another))
        self.copy_yaml.clicked.connect(lambda: self._copy(self.yaml.toPlainText()))
        self.check.clicked.connect(self.run_config_check)
        self.sync.clicked.connect(self.run_first_sync)
        # The tray's way: a `sync --once` child, so the wizard never loads the sync engine.
        self.first_sync = SyncProcess(self.ctx, parent=self)
        self.first_sync.finished.connect(self._synced)
        self.first_sync.failed.connect(self._sync_failed)
        self.another.clicked.connect(self.add_another_person)

    def initializePage(self) -> None:
        draft = self.draft
        self.units[draft.unit].setChecked(True)
        self.interval.setValue(draft.interval_minutes or DEFAULT_INTERVAL_MINUTES)
        self.autostart.setChecked(draft.autostart)
        self.notify.setChecked(draft.notify_new_weigh_in)
        self.yaml.setPlainText(lb_template_yaml(draft.profile_slug))
        has_ha = bool(draft.ha_url) and not draft.skip_hass
        self.check.setEnabled(has_ha)
        self.check_result.say("" if has_ha else self.tr("No Home Assistant in this setup."),
                              None)
        self.run_first_sync()

    def apply(self, draft) -> None:
        draft.unit = next(unit for unit, button in self.units.items() if button.isChecked())
        draft.interval_minutes = self.interval.value()
        draft.notify_new_weigh_in = self.notify.isChecked()
        draft.autostart = self.autostart.isChecked()

    def run_config_check(self) -> None:
        ctx, token = self.ctx, self.draft.secrets.get(HA_TOKEN)
        url, ca_file = self.draft.ha_url, self.draft.ha_ca_file
        self.check_result.say(self.tr("Checking…"), None)
        self.run(lambda cancel: ask_hass(url, token or ctx.secrets.get(HA_TOKEN) or "",
                                         ca_file, lambda api: api.check_config()), self._checked,
                 lambda exc: self.check_result.say(shown_text(exc), FAILED))

    def _checked(self, check) -> None:
        text = self.tr("Configuration valid.") if check.valid \
            else self.tr("Configuration invalid.")
        for label, detail in ((self.tr("Errors: {detail}"), check.errors),
                              (self.tr("Warnings: {detail}"), check.warnings)):
            if detail:
                text += "\n" + label.format(detail=detail)
        self.check_result.say(plain_text(text, limit=2000, keep_newlines=True),
                              PASSED if check.valid else FAILED)

    def run_first_sync(self) -> None:
        # The sync works from the settings: the draft is committed first.
        self.apply(self.draft)
        self.set_valid(False)
        self.sync_result.setPlainText(self.tr("Syncing with Withings…"))
        self.keep(_committed, self._start_first_sync)

    def _start_first_sync(self, committed: SetupDraft) -> None:
        self.first_sync.cancel()  # a second click starts over
        self.busy_bar.setVisible(True)
        self.completeChanged.emit()
        # The child reads the settings just committed.
        self.first_sync.start(full=True, profile=committed.profile_slug)

    def _first_sync_ended(self) -> None:
        self.busy_bar.setVisible(False)

    def cancel_task(self) -> None:
        self.first_sync.cancel()
        super().cancel_task()

    def _synced(self, results) -> None:
        self._first_sync_ended()
        [result] = results
        lines = [shown_text(result.summary), ""]
        lines += [f"{e.entity_id} = {e.state} {e.unit_of_measurement or ''}".rstrip()
                  for e in result.entities]
        self.sync_result.setPlainText("\n".join(lines))
        self.show_error("" if result.ok else self.tr("The first sync did not fully work: "
                                                     "{error}").format(
            error=shown_text(result.summary)))
        # Finishing is allowed either way: the tray keeps trying and shows the state.
        self.set_valid(True)

    def _sync_failed(self, exc: BaseException) -> None:
        self._first_sync_ended()
        self.sync_result.setPlainText("")
        self.show_error(self.tr("The first sync failed: {error}").format(
            error=shown_text(exc)))
        self.set_valid(True)

    def _copy(self, text: str) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.clipboard().setText(text)

    def add_another_person(self) -> None:
        """Commit this person, then log in the next one (Back still reaches every page)."""
        self.apply(self.draft)
        self.keep(_committed_for_another, self._next_person)

    def _next_person(self, draft: SetupDraft) -> None:
        self.setup.draft = draft
        self.setup.resume()

    def validatePage(self) -> bool:
        """Finish: the last commit runs off the GUI thread; the wizard closes when it is in."""
        if self._kept:
            return True
        if not self.isComplete():
            return False
        self.apply(self.draft)
        self.keep(finish, self._finished)
        return False

    def _not_saved(self, exc: BaseException) -> None:
        super()._not_saved(exc)
        self.set_valid(True)  # Finish tries the commit again

    def _finished(self, _config) -> None:
        self._kept = True
        self.setup.accept()


def _committed(ctx, draft: SetupDraft) -> SetupDraft:
    commit(ctx, draft)
    return draft


def _committed_for_another(ctx, draft: SetupDraft) -> SetupDraft:
    commit(ctx, draft)
    flow.add_another_person(draft)
    save_progress(ctx, draft)
    return draft
