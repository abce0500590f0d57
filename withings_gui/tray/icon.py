"""The tray icon as a pure function of (value, unit, state, size)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPixmap

from withings_gui.core.trend import Direction
from withings_gui.core.units import stones_and_pounds
from withings_gui.tray.glyphs import SMALLEST, draw_text, fit_height, text_width
from withings_gui.tray.paint import solid_brush, solid_pen
from withings_gui.tray.state import TrayState, is_drawable
from withings_gui.tray.state_marks import draw_mark, has_mark

# 44: a 22 px tray at device-pixel ratio 2 (16, 24 and 32 px ones take 32, 48 and 64),
# drawn for it rather than scaled down from 48.
ICON_SIZES = (16, 22, 24, 32, 44, 48, 64)
DASH = "–"

# Background per state; text is white on all of them (contrast checked at 16 px). The state
# shows in a shape too (state_marks.py), for whoever does not tell these colours apart.
_COLORS = {
    TrayState.STARTING: "#5f6b7a", TrayState.SYNCING: "#1565c0", TrayState.OK: "#2e7d32",
    TrayState.STALE: "#6d6d6d", TrayState.ERROR: "#c62828", TrayState.NEEDS_REAUTH: "#e65100",
    TrayState.PAUSED: "#6d6d6d",
}


def format_weight(value: float | None, size: int, unit: str = "kg") -> str:
    """Digits that fit: "72" in a small icon, "72.4" from 32 px up; "–" without a value, or
    for one that cannot be drawn or would not fit the icon. In stones: the whole stones
    ("11" of 11 st 2 lb), as a decimal stone would read as stones and pounds; the pounds
    go on the unit line (``unit_line``) where there is one."""
    if not is_drawable(value):
        return DASH
    if unit == "st":
        stones = str(stones_and_pounds(value)[0])
        return stones if text_width(stones, SMALLEST) <= _digits_width(size) else DASH
    candidates = [f"{value:.1f}"] if size >= 32 and value < 1000 else []
    candidates.append(f"{round(value):d}")
    return next((text for text in candidates
                 if text_width(text, SMALLEST) <= _digits_width(size)), DASH)


def unit_line(value: float | None, unit: str) -> str:
    """The line under the digits (icons from 32 px): the unit, and in stones the pounds:
    "st 2" under "11" reads as 11 st 2 lb."""
    if unit == "st" and is_drawable(value):
        return f"st {stones_and_pounds(value)[1]}"
    return unit


def _digits_width(size: int) -> int:
    return size - 4 if size >= 32 else size - 2


def render_weight_icon(value: float | None, unit: str, state: TrayState, size: int,
                       trend: Direction | None = None) -> QPixmap:
    """``trend``: the arrow in the bottom-left corner, from 32 px (none: no arrow)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    # Ended whatever happens: a pixmap dropped while still being painted crashes the process.
    try:
        _paint(painter, value, unit, state, size, trend)
    finally:
        painter.end()
    return pixmap


def _paint(painter: QPainter, value: float | None, unit: str, state: TrayState,
           size: int, trend: Direction | None) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    radius = max(2.0, size / 6)
    badge = QPainterPath()
    badge.addRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), radius, radius)
    colour = QColor(_COLORS[state])
    painter.fillPath(badge, solid_brush(colour))
    # A light rim separates the badge from dark panels and vanishes on light ones. Always
    # drawn: the app's colour scheme does not tell the panel's (GNOME's bar is dark in both),
    # and asking Qt for it would build the Qt namespace (paint.py).
    painter.strokePath(badge, solid_pen(QColor(255, 255, 255, 90), 1))
    text = format_weight(value, size, unit)
    white = QColor("white")
    if size < 32:
        # The digits above a band for the state's mark, in every state: they do not move
        # when the state changes.
        # Two pixels clear of the top edge (its rim), one above the band.
        band = mark_band(size)
        digits_area = QRectF(0, 2, size, band.top() - 2)
        tallest = min(round(size * 0.62), round(band.top()) - 3)
        draw_text(painter, text, fit_height(text, tallest, _digits_width(size)), digits_area,
                  white)
        draw_mark(painter, state, band, white, colour)
        return
    digits = fit_height(text, round(size * 0.4), _digits_width(size))
    draw_text(painter, text, digits, QRectF(0, 0, size, size * 0.62), white)
    if trend is not None:
        _arrow(painter, size, trend, white)
    if has_mark(state):
        draw_mark(painter, state, corner_box(size), white, colour)
    _unit_line(painter, unit_line(value, unit), size, trend is not None, has_mark(state), white)


def _unit_line(painter: QPainter, text: str, size: int, arrow: bool, mark: bool,
               color: QColor) -> None:
    """Under the digits, clear of the corners' arrow and mark: centred on the icon when it
    fits there ("kg"), else between them ("st 13" beside an arrow)."""
    tallest = round(size * 0.22)
    left = _arrow_box(size).right() + 1 if arrow else 2
    right = corner_box(size).left() - 1 if mark else size - 2
    margin = max(left, size - right)
    area = QRectF(margin, size * 0.6, size - 2 * margin, size * 0.3)
    height = fit_height(text, tallest, round(area.width()))
    if height < tallest:
        area = QRectF(left, size * 0.6, right - left, size * 0.3)
        height = fit_height(text, tallest, round(area.width()))
    draw_text(painter, text, height, area, color)


def make_icon(value: float | None, unit: str, state: TrayState,
              trend: Direction | None = None) -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(render_weight_icon(value, unit, state, size, trend))
    return icon


def _arrow_box(size: int) -> QRectF:
    """Bottom left, mirroring the state's mark; an even side, so the shaft sits on whole
    pixels."""
    side = 2 * round(size / 8)
    return QRectF(2, size - side - 2, side, side)


def corner_box(size: int) -> QRectF:
    """Where the state's mark goes from 32 px: the bottom-right corner, a little larger than
    the arrow's, as the marks have more detail; kept off the badge's rounded corner."""
    side, inset = 2 * round(size * 0.15), round(size / 16) + 1
    return QRectF(size - side - inset, size - side - inset, side, side)


def mark_band(size: int) -> QRectF:
    """Where the state's mark goes below 32 px: a band along the bottom, inside the rim."""
    height = round(size / 4) - 1
    return QRectF(2, size - 1 - height, size - 4, height)


def _arrow(painter: QPainter, size: int, trend: Direction, color: QColor) -> None:
    """An arrow up, down or to the right (flat): its shape says the trend, not its colour."""
    box = _arrow_box(size)
    side = box.width()
    half, shaft = side / 2, max(1, round(side / 6))
    # Pointing up, in the box's pixels: the head's tip, its right corner, down the shaft and
    # up again, its left corner.
    points = [(half, 0), (side, half), (half + shaft, half), (half + shaft, side),
              (half - shaft, side), (half - shaft, half), (0, half)]
    if trend is Direction.DOWN:
        points = [(x, side - y) for x, y in points]
    elif trend is Direction.FLAT:
        points = [(side - y, x) for x, y in points]
    path = QPainterPath()
    path.moveTo(QPointF(box.x() + points[0][0], box.y() + points[0][1]))
    for x, y in points[1:]:
        path.lineTo(QPointF(box.x() + x, box.y() + y))
    path.closeSubpath()
    painter.fillPath(path, solid_brush(color))
