"""The shape that tells the tray icon's state without its colour, drawn into a given box.

Under the digits of the small icons (a wide, low box), in the bottom-right corner of the large
ones (a square): a progress bar while syncing (a circular arrow in the corner), three dots
while starting, a pause sign, an hourglass when the data is stale, a warning triangle on an
error, a key when the user must log in again. Each is a shape of its own, told apart in
greyscale at 16 px (tests/tray/test_icon.py). Filled paths only (paint.py: no Qt namespace
before the icon is visible).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPainterPath

from withings_gui.tray.paint import solid_brush
from withings_gui.tray.state import TrayState


def has_mark(state: TrayState) -> bool:
    return state is not TrayState.OK


def draw_mark(painter: QPainter, state: TrayState, box: QRectF, color: QColor,
              hole: QColor) -> None:
    """The state's mark in color, as large as fits box and centred in it; ``hole``: the badge's
    colour, for what is cut out of a mark (the warning triangle). A square box (the large
    icons' corner) gets the marks' full shapes; the low band of the small icons gets them in
    whole pixels."""
    if state is TrayState.OK:
        return
    height = box.height()
    path = QPainterPath()
    square = box.width() < 2 * height  # the large icons' corner, else the band of small ones
    if state is TrayState.SYNCING and square:
        _circular_arrow(path, _centred(box, height, height))
    elif state is TrayState.SYNCING:
        _progress_bar(path, _centred(box, min(box.width(), 3 * height), height))
    elif state is TrayState.STARTING:
        side = min(round(box.width() / 5), max(2, round(height * 0.6)))
        row = _centred(box, 5 * side, side)
        for i in (0, 2, 4):
            path.addRect(QRectF(row.x() + i * side, row.y(), side, side))
    elif state is TrayState.PAUSED:
        bar = max(2, round(height / 3))
        sign = _centred(box, 3 * bar, height)
        path.addRect(QRectF(sign.x(), sign.y(), bar, height))
        path.addRect(QRectF(sign.x() + 2 * bar, sign.y(), bar, height))
    elif state is TrayState.STALE and square:
        glass = _centred(box, round(height * 1.4) | 1, height)
        _polygon(path, glass, [(0, 0), (1, 0), (0.5, 0.5), (1, 1), (0, 1), (0.5, 0.5)])
    elif state is TrayState.STALE:
        middle = (height - 1) / 2
        _rows(path, box, [1 + round((2 * height - 2) * abs(i - middle) / middle)
                          for i in range(round(height))])
    elif state is TrayState.ERROR and square:
        triangle = _centred(box, box.width(), min(height, round(box.width() * 0.87)))
        _polygon(path, triangle, [(0.5, 0), (1, 1), (0, 1)])
        painter.fillPath(path, solid_brush(color))
        # An exclamation mark cut out of it.
        path = QPainterPath()
        tall = triangle.height()
        stroke = max(1, round(tall / 5))
        middle = triangle.center().x() - stroke / 2
        path.addRect(QRectF(middle, triangle.y() + tall * 0.35, stroke, tall * 0.3))
        path.addRect(QRectF(middle, triangle.bottom() - 2 * stroke, stroke, stroke))
        color = hole
    elif state is TrayState.ERROR:
        # A light strip with the warning triangle cut out: the heaviest mark, as an error
        # is what most needs seeing.
        path.addRect(_centred(box, min(box.width(), 4 * height), height))
        painter.fillPath(path, solid_brush(color))
        path = QPainterPath()
        _rows(path, box, [2 * i + 1 for i in range(round(height))])
        color = hole
    elif state is TrayState.NEEDS_REAUTH:
        _key(path, _centred(box, box.width(), round(height / 2)) if square else
             _centred(box, min(box.width(), round(height * 8 / 3)), height), round_ring=square)
    painter.fillPath(path, solid_brush(color))


def _centred(box: QRectF, width: float, height: float) -> QRectF:
    """A width × height box in the middle of box, on whole pixels."""
    return QRectF(round(box.x() + (box.width() - width) / 2),
                  round(box.y() + (box.height() - height) / 2), round(width), round(height))


def _rows(path: QPainterPath, box: QRectF, widths: list[int]) -> None:
    """A shape in whole pixels, one centred row of the given width per pixel row of box:
    crisp where a polygon's slopes would blur into grey at this size."""
    top = round(box.y() + (box.height() - len(widths)) / 2)
    for i, width in enumerate(widths):
        # Rounded half up alike for every width, so that the rows share one centre.
        path.addRect(QRectF(math.floor(box.center().x() - width / 2 + 0.5), top + i, width, 1))


def _polygon(path: QPainterPath, box: QRectF, points: list[tuple[float, float]]) -> None:
    """Points in fractions of box."""
    corners = [QPointF(box.x() + x * box.width(), box.y() + y * box.height()) for x, y in points]
    path.moveTo(corners[0])
    for corner in corners[1:]:
        path.lineTo(corner)
    path.closeSubpath()


def _progress_bar(path: QPainterPath, bar: QRectF) -> None:
    """A frame, filled from the left to about half."""
    line = 1 if bar.height() < 6 else round(bar.height() / 6)
    path.addRect(bar)
    path.addRect(bar.adjusted(line, line, -line, -line))  # even-odd: a frame
    inner = bar.adjusted(line, line, -line, -line)
    inner.setWidth(round(inner.width() / 2))
    path.addRect(inner)


def _circular_arrow(path: QPainterPath, box: QRectF) -> None:
    """Three quarters of a ring, clockwise from the right to the top, the head at the top
    pointing on: "going round"."""
    line = max(2, round(box.width() / 5))
    inner = box.adjusted(line, line, -line, -line)
    path.arcMoveTo(box, 0)
    path.arcTo(box, 0, -270)
    path.arcTo(inner, 90, 270)
    path.closeSubpath()
    middle = box.center().x()
    _polygon(path, QRectF(middle - 1, box.y() - line * 0.6, line * 1.6, line * 2.2),
             [(0, 0), (1, 0.5), (0, 1)])


def _key(path: QPainterPath, key: QRectF, round_ring: bool) -> None:
    """A ring on the left (square in whole pixels when small), a shaft to the right with a
    bit hanging down at its end."""
    side = key.height()
    line = max(1, round(side / 3))
    ring = QRectF(key.x(), key.y(), side, side)
    hole = ring.adjusted(line, line, -line, -line)
    if round_ring:
        path.addEllipse(ring)
        path.addEllipse(hole)
    else:
        path.addRect(ring)
        path.addRect(hole)
    shaft_top = key.y() + round((side - line) / 2)
    path.addRect(QRectF(key.x() + side, shaft_top, key.width() - side, line))
    path.addRect(QRectF(key.right() - line, shaft_top + line, line,
                        key.bottom() - shaft_top - line))
