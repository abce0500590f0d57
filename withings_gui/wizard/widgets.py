"""Small widgets the pages share: a copyable value, a line of outcome with its mark, and a
list of check results."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QApplication, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QWidget)

from withings_gui.core.plain_text import plain_text
from withings_gui.core.setup_rules.callback_url import RuleResult
from withings_gui.gui.look import SPACING, space_out, status_color
from withings_gui.gui.marks import FAILED, Mark, state_of
from withings_gui.gui.translation import shown


class CopyField(QWidget):
    """A read-only value with a Copy button (what the user types into Withings' portal)."""

    def __init__(self, value: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setReadOnly(True)
        self.set_value(value)
        self.button = QPushButton(self.tr("Copy"))
        self.button.setToolTip(self.tr("Copy to the clipboard"))
        self.button.clicked.connect(self.copy)
        layout = space_out(QHBoxLayout(self), margins=False)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)

    def set_value(self, value: str) -> None:
        self.edit.setText(value)
        self.edit.setCursorPosition(0)  # a long URL shows its start, not its end
        self.edit.setToolTip(value)  # whole, when the field is narrower than the value

    def value(self) -> str:
        return self.edit.text()

    def copy(self) -> None:
        QApplication.clipboard().setText(self.edit.text())
        self.button.setText(self.tr("Copied"))


def plain_label(text: str = "") -> QLabel:
    """A label for text that may carry words from outside (a server, an exception): shown
    as typed, never as markup, so a ``<b>`` or a link in a server's reply stays inert."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    return label


class StatusLine(QWidget):
    """Words saying how something went, after a mark for its state (gui/marks.py) so the
    outcome reads without colour; no mark for words that are only progress ("Checking…").
    The words may quote a server: plain text. An error line also has its words in the
    palette's failure colour."""

    def __init__(self, error: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.error = error
        self.mark = Mark()
        self.label = plain_label()
        layout = space_out(QHBoxLayout(self), margins=False)
        layout.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        # Words from the top, like the mark: taller than them (beside a button), the two
        # stay on one line.
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.say("", None)

    @property
    def state(self) -> str | None:
        """The mark's state, or None when no mark is shown."""
        return self.mark.state if self.mark.isVisibleTo(self) else None

    def say(self, text: str, state: str | None) -> None:
        self.label.setText(text)
        self.mark.setVisible(bool(text) and state is not None)
        if state is not None:
            self.mark.set_state(state)
        self._recolor()

    def setText(self, text: str) -> None:  # an error line says failures only
        self.say(text, FAILED if self.error else self.state)

    def text(self) -> str:
        return self.label.text()

    def clear(self) -> None:
        self.say("", None)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # e.g. the desktop went dark
            self._recolor()

    def _recolor(self) -> None:
        if not self.error:
            return
        palette = self.label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, status_color(False, self.palette()))
        self.label.setPalette(palette)


def error_label() -> StatusLine:
    line = StatusLine(error=True)
    line.setObjectName("error")
    return line


class RuleList(QWidget):
    """Each check with its mark (passed, failed, not known) and message, and the fix under
    a failure."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        space_out(self.grid, margins=False)
        self.grid.setVerticalSpacing(SPACING // 2)
        self.grid.setColumnStretch(1, 1)
        self.results: dict[str, RuleResult] = {}
        self._rows: dict[str, tuple[Mark, QLabel]] = {}

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
            mark, message = Mark(), QLabel()
            message.setTextFormat(Qt.TextFormat.RichText)
            message.setWordWrap(True)
            message.setObjectName(f"rule-{result.rule_id}")
            row = self.grid.rowCount()
            self.grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(message, row, 1)
            self._rows[result.rule_id] = mark, message
        mark.set_state(state_of(result.ok))
        # The message and fix may quote a server (TLS, HTTP answers): escaped, never markup.
        text = self.tr("<b>{title}</b> — {message}").format(
            title=escape(shown(result.title)), message=escape(plain_text(shown(result.message))))
        if result.ok is False and result.fix:
            text += "<br><i>" + self.tr("How to fix: {fix}").format(
                fix=escape(plain_text(shown(result.fix)))) + "</i>"
        if result.ok is False and not result.blocking:
            text += " <i>" + self.tr("(a warning; Withings would accept it)") + "</i>"
        message.setText(text)
