""""Why is a measure missing?": a small window of plain sentences for one profile.

The reasons are core/missing_measures.py's; the history is read in the background (TaskRunner)
and shown when it arrives. Opened again, the window reads the history again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from withings_gui.core.messages import QT_TRANSLATE_NOOP, message_of
from withings_gui.core.missing_measures import Finding, missing_for
from withings_gui.core.store import HistoryStore
from withings_gui.gui.look import space_out
from withings_gui.gui.tasks import TaskRunner
from withings_gui.gui.translation import shown

C = "tray.missing"
NOTHING_MISSING = QT_TRANSLATE_NOOP(
    "tray.missing", "Every measure the devices of this account give has arrived.")


def findings_text(findings: list[Finding]) -> str:
    """One paragraph per finding, or the sentence that says nothing is missing."""
    return "\n\n".join(f"• {shown(finding.said)}" for finding in findings) or \
        QCoreApplication.translate(C, NOTHING_MISSING)


class MissingMeasuresWindow(QWidget):
    def __init__(self, store: HistoryStore, profile: str, runner: TaskRunner):
        super().__init__()
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("tray.missing", "Why is a measure missing? — {profile}")
                            .format(profile=profile))
        self.resize(560, 360)
        self._store, self._profile, self._runner = store, profile, runner
        self.loading = False
        self.heading = QLabel(translate(
            "tray.missing", "Measures the devices of '{profile}' could give but Withings did "
            "not send, and the likely reason:").format(profile=profile))
        self.heading.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setPlainText(translate("tray.missing", "Reading the history…"))
        close = QPushButton(translate("tray.missing", "&Close"))
        close.clicked.connect(self.close)
        layout = space_out(QVBoxLayout(self))
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)

    def reload(self) -> None:
        if self.loading:
            return
        self.loading = True
        store, profile = self._store, self._profile
        self._runner.start(lambda cancel: missing_for(store, profile), self._show, self._failed,
                           parent=self)

    @Slot(object)
    def _show(self, findings: list[Finding]) -> None:
        self.loading = False
        self.text.setPlainText(findings_text(findings))

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.text.setPlainText(QCoreApplication.translate(
            "tray.missing", "The history could not be read: {why}").format(
                why=shown(message_of(exc))))
