"""Status marks drawn as vectors: passed (a disc with a tick), failed (a square with a
cross), warning (a triangle with a bar), not known (a ring with a dash), current (a disc
with a dot), to come (a ring).

Each state has its own outline and glyph, so they read without colour (greyscale, colour
blindness); the colours come from the palette (gui/look.py). Drawn at the screen's
device-pixel ratio, so they are sharp at 2×."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QWidget

from withings_gui.gui import look

# The states; each is also what a screen reader says for its mark (translated when said).
PASSED, FAILED, WARNING, UNKNOWN = (QT_TRANSLATE_NOOP("Mark", "passed"),
                                    QT_TRANSLATE_NOOP("Mark", "failed"),
                                    QT_TRANSLATE_NOOP("Mark", "warning"),
                                    QT_TRANSLATE_NOOP("Mark", "not known"))
CURRENT, COMING = QT_TRANSLATE_NOOP("Mark", "current"), QT_TRANSLATE_NOOP("Mark", "to come")


def shown_state(state: str) -> str:
    """A state in the app's language, as a screen reader says it."""
    return QCoreApplication.translate("Mark", state)


def state_of(ok: bool | None) -> str:
    return {True: PASSED, False: FAILED, None: UNKNOWN}[ok]


def mark_color(state: str, palette: QPalette) -> QColor:
    if state == CURRENT:
        return look.accent_color(palette)
    if state == WARNING:
        return look.hue_color(look.WARNING, palette)
    return look.status_color({PASSED: True, FAILED: False}.get(state), palette)


def draw_mark(painter: QPainter, box: QRectF, state: str, palette: QPalette) -> None:
    """Draw the mark for ``state`` into ``box`` (a square, in logical pixels)."""
    color = mark_color(state, palette)
    side = min(box.width(), box.height())
    unit = side / 16.0
    square = QRectF(box.center().x() - side / 2, box.center().y() - side / 2, side, side)
    inner = square.adjusted(unit, unit, -unit, -unit)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if state in (UNKNOWN, COMING):
        painter.setPen(QPen(color, 1.5 * unit))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(inner.adjusted(unit, unit, -unit, -unit))
        if state == COMING:
            painter.restore()
            return
        painter.setPen(QPen(color, 2 * unit, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(square.left() + 5 * unit, square.center().y()),
                         QPointF(square.right() - 5 * unit, square.center().y()))
        painter.restore()
        return
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    if state == FAILED:
        painter.drawRoundedRect(inner, 2 * unit, 2 * unit)
    elif state == WARNING:
        triangle = QPainterPath(QPointF(square.center().x(), inner.top()))
        triangle.lineTo(inner.bottomRight())
        triangle.lineTo(inner.bottomLeft())
        triangle.closeSubpath()
        painter.drawPath(triangle)
    else:
        painter.drawEllipse(inner)
    ink = look.ink_on(color)
    painter.setPen(QPen(ink, 2.2 * unit, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    left, top = square.left(), square.top()
    if state == PASSED:
        tick = QPainterPath(QPointF(left + 4.5 * unit, top + 8.5 * unit))
        tick.lineTo(QPointF(left + 7 * unit, top + 11 * unit))
        tick.lineTo(QPointF(left + 11.5 * unit, top + 5.5 * unit))
        painter.drawPath(tick)
    elif state == FAILED:
        painter.drawLine(QPointF(left + 5 * unit, top + 5 * unit),
                         QPointF(left + 11 * unit, top + 11 * unit))
        painter.drawLine(QPointF(left + 11 * unit, top + 5 * unit),
                         QPointF(left + 5 * unit, top + 11 * unit))
    elif state == WARNING:  # an exclamation mark
        painter.drawLine(QPointF(left + 8 * unit, top + 6 * unit),
                         QPointF(left + 8 * unit, top + 10 * unit))
        painter.drawPoint(QPointF(left + 8 * unit, top + 12.5 * unit))
    else:  # CURRENT
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        painter.drawEllipse(square.center(), 2.5 * unit, 2.5 * unit)
    painter.restore()


class Mark(QWidget):
    """A mark the size of a line of text, repainted from the palette it is shown with."""

    def __init__(self, state: str = UNKNOWN, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = ""
        side = self.fontMetrics().height()
        self.setFixedSize(QSize(side, side))
        self.set_state(state)

    def set_state(self, state: str) -> None:
        self.state = state
        # What a screen reader says instead of the colour.
        self.setAccessibleName(shown_state(state))
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        draw_mark(painter, QRectF(self.rect()), self.state, self.palette())
        painter.end()
