"""The tray icon as a pure function of (value, unit, state, size)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPixmap

from withings_gui.core.trend import Direction
from withings_gui.core.units import stones_and_pounds
from withings_gui.tray.glyphs import draw_text, fit_height, text_width
from withings_gui.tray.paint import solid_brush, solid_pen
from withings_gui.tray.state import TrayState, is_drawable

ICON_SIZES = (16, 22, 24, 32, 48, 64)
DASH = "–"
_SMALLEST_DIGITS = 5  # px; glyphs.fit_height goes no lower

# Background per state; text is white on all of them (contrast checked at 16 px).
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
        return stones if text_width(stones, _SMALLEST_DIGITS) <= _digits_width(size) else DASH
    candidates = [f"{value:.1f}"] if size >= 32 and value < 1000 else []
    candidates.append(f"{round(value):d}")
    return next((text for text in candidates
                 if text_width(text, _SMALLEST_DIGITS) <= _digits_width(size)), DASH)


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
    painter.fillPath(badge, solid_brush(QColor(_COLORS[state])))
    # A light rim separates the badge from dark panels and vanishes on light ones. Always
    # drawn: the app's colour scheme does not tell the panel's (GNOME's bar is dark in both),
    # and asking Qt for it would build the Qt namespace (paint.py).
    painter.strokePath(badge, solid_pen(QColor(255, 255, 255, 90), 1))
    text = format_weight(value, size, unit)
    white = QColor("white")
    if size >= 32:
        digits = fit_height(text, round(size * 0.4), _digits_width(size))
        draw_text(painter, text, digits, QRectF(0, 0, size, size * 0.62), white)
        # The unit sits below, clear of the dot in the corner; its descender may use the rim.
        below = unit_line(value, unit)
        tallest = round(size * 0.22)
        area = QRectF(0, size * 0.6, size, size * 0.3)
        height = fit_height(below, tallest, _digits_width(size))
        if trend is not None:
            _arrow(painter, size, trend, white)
            # Centred between the arrow and the dot when it fits there ("kg"), else right of
            # the arrow ("st 13" in stones, as wide as without an arrow).
            left = _arrow_box(size).right() + 1
            height = fit_height(below, tallest, round(size - 2 * left))
            if height < tallest:
                area.setLeft(left)
                height = fit_height(below, tallest, round(size - left - 2))
        draw_text(painter, below, height, area, white)
    else:
        draw_text(painter, text, fit_height(text, round(size * 0.62), _digits_width(size)),
                  QRectF(0, 0, size, size), white)
    # Small icons say it with colour alone; a dot there would cover the digits.
    if size >= 32 and state in (TrayState.ERROR, TrayState.NEEDS_REAUTH, TrayState.SYNCING):
        _corner_dot(painter, size, state)


def make_icon(value: float | None, unit: str, state: TrayState,
              trend: Direction | None = None) -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(render_weight_icon(value, unit, state, size, trend))
    return icon


def _arrow_box(size: int) -> QRectF:
    """Bottom left, mirroring the state dot; an even side, so the shaft sits on whole pixels."""
    side = 2 * round(size / 8)
    return QRectF(2, size - side - 2, side, side)


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


def _corner_dot(painter: QPainter, size: int, state: TrayState) -> None:
    diameter = max(4.0, size / 4)
    dot = QPainterPath()
    # Bottom right, beside the unit, clear of the digits.
    dot.addEllipse(QRectF(size - diameter - 1.5, size - diameter - 1.5, diameter, diameter))
    fill = QColor("#ffeb3b") if state is TrayState.SYNCING else QColor("white")
    painter.fillPath(dot, solid_brush(fill))
    painter.strokePath(dot, solid_pen(QColor("white"), 1))
