"""Small widgets the pages share: a copyable value and a list of check results."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QApplication, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QWidget)

from withings_gui.core.setup_rules.callback_url import RuleResult
from withings_gui.core.plain_text import plain_text

MARK = {True: "✔", False: "✘", None: "–"}
COLOR = {True: "#2e7d32", False: "#c62828", None: "#777777"}


class CopyField(QWidget):
    """A read-only value with a Copy button (what the user types into Withings' portal)."""

    def __init__(self, value: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setReadOnly(True)
        self.set_value(value)
        self.button = QPushButton("Copy")
        self.button.setToolTip("Copy to the clipboard")
        self.button.clicked.connect(self.copy)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)

    def set_value(self, value: str) -> None:
        self.edit.setText(value)
        self.edit.setCursorPosition(0)  # a value too long for the field shows its start

    def value(self) -> str:
        return self.edit.text()

    def copy(self) -> None:
        QApplication.clipboard().setText(self.edit.text())
        self.button.setText("Copied")


def plain_label(text: str = "") -> QLabel:
    """A label for text that may carry words from outside (a server, an exception): shown
    as typed, never as markup, so a ``<b>`` or a link in a server's reply stays inert."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    return label


def error_label() -> QLabel:
    label = plain_label()
    label.setStyleSheet("color: #c62828;")
    label.setObjectName("error")
    return label


class RuleList(QWidget):
    """Each check as ✔/✘/– with its message, and the fix under a failure."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.results: dict[str, RuleResult] = {}
        self._rows: dict[str, tuple[QLabel, QLabel]] = {}

    def clear(self) -> None:
        self.results.clear()
        self._rows.clear()
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            # Hidden and detached now: deleteLater alone leaves it drawn until the loop runs.
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()

    def add(self, result: RuleResult) -> None:
        """Show a rule's result; a rule shown before (e.g. "not checked") is updated."""
        self.results[result.rule_id] = result
        if result.rule_id in self._rows:
            mark, message = self._rows[result.rule_id]
        else:
            mark, message = QLabel(), QLabel()
            message.setTextFormat(Qt.TextFormat.RichText)
            message.setWordWrap(True)
            message.setObjectName(f"rule-{result.rule_id}")
            row = self.grid.rowCount()
            self.grid.addWidget(mark, row, 0)
            self.grid.addWidget(message, row, 1)
            self._rows[result.rule_id] = mark, message
        mark.setText(MARK[result.ok])
        mark.setStyleSheet(f"color: {COLOR[result.ok]}; font-weight: bold;")
        # The message and fix may quote a server (TLS, HTTP answers): escaped, never markup.
        text = f"<b>{escape(result.title)}</b> — {escape(plain_text(result.message))}"
        if result.ok is False and result.fix:
            text += f"<br><i>How to fix: {escape(plain_text(result.fix))}</i>"
        if result.ok is False and not result.blocking:
            text += " <i>(a warning; Withings would accept it)</i>"
        message.setText(text)
