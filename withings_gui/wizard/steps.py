"""The wizard's side panel: the app's logo and name, then the steps by name, each marked
done, current or to come."""

from __future__ import annotations

import math
from importlib import resources

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from withings_gui.gui.look import MARGIN, SECTION, SPACING, space_out
from withings_gui.gui.marks import COMING, CURRENT, PASSED, Mark, shown_state

LOGO_SIZE = 40


def logo_svg() -> bytes:
    return (resources.files("withings_gui") / "resources" / "withings-gui.svg").read_bytes()


class StepList(QWidget):
    """``show_steps(names, current, done)``: one row per step, in order."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("steps")
        self.logo = QSvgWidget()  # a vector: sharp at any device-pixel ratio
        self.logo.load(logo_svg())
        self.logo.setFixedSize(LOGO_SIZE, LOGO_SIZE)
        self.logo.setAccessibleName(self.tr("Withings GUI logo"))
        name = QLabel(self.tr("<b>Withings GUI</b><br>Setup"))
        top = space_out(QHBoxLayout(), margins=False)
        top.addWidget(self.logo)
        top.addWidget(name, 1)
        self.rows = QGridLayout()
        space_out(self.rows, margins=False)
        self.rows.setColumnStretch(1, 1)
        layout = space_out(QVBoxLayout(self))
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN + SPACING, MARGIN)
        layout.addLayout(top)
        layout.addSpacing(SECTION)
        layout.addLayout(self.rows)
        layout.addStretch(1)
        self.labels: list[tuple[Mark, QLabel]] = []

    def show_steps(self, names: list[str], current: int, done: set[int]) -> None:
        """``names`` in order; ``current`` is the index shown now; ``done``, the indexes
        finished."""
        while len(self.labels) < len(names):
            mark, label = Mark(), QLabel()
            label.setTextFormat(Qt.TextFormat.PlainText)
            row = len(self.labels)
            self.rows.addWidget(mark, row, 0)
            self.rows.addWidget(label, row, 1)
            self.labels.append((mark, label))
        for index, (mark, label) in enumerate(self.labels):
            shown = index < len(names)
            mark.setVisible(shown)
            label.setVisible(shown)
            if not shown:
                continue
            state = CURRENT if index == current else PASSED if index in done else COMING
            mark.set_state(state)
            label.setText(names[index])
            font = label.font()
            font.setBold(index == current)
            label.setFont(font)
            role = QPalette.ColorRole.WindowText if state != COMING \
                else QPalette.ColorRole.PlaceholderText
            label.setForegroundRole(role)
            label.setAccessibleName(self.tr("{step}: {state}").format(
                step=names[index], state=shown_state(state)))
        self.setMinimumWidth(self.minimumSizeHint().width())

    def minimumSizeHint(self) -> QSize:
        # Wide enough for any step's name in bold (the current one is): the width must not
        # change as the user goes on.
        hint = super().minimumSizeHint()
        font = QFont(self.font())
        font.setBold(True)
        metrics = QFontMetricsF(font)  # fractional advances, rounded up: no pixel short
        widest = max((math.ceil(metrics.horizontalAdvance(label.text())) + 1
                      for _, label in self.labels), default=0)
        margins = self.layout().contentsMargins()
        needed = margins.left() + margins.right() + self.fontMetrics().height() + SPACING \
            + widest
        return QSize(max(hint.width(), needed), hint.height())

    def steps_shown(self) -> list[tuple[str, str]]:
        """(name, state) of each step shown: what the panel says, for tests."""
        return [(label.text(), mark.state) for mark, label in self.labels if label.isVisible()]

    def paintEvent(self, _event) -> None:
        # A panel of its own: the base colour, set off from the pages by a line.
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(self.rect().topRight(), self.rect().bottomRight())
        painter.end()
