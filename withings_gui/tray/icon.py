"""The tray icon as a pure function of (value, unit, state, size)."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPixmap

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


def render_weight_icon(value: float | None, unit: str, state: TrayState, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    # Ended whatever happens: a pixmap dropped while still being painted crashes the process.
    try:
        _paint(painter, value, unit, state, size)
    finally:
        painter.end()
    return pixmap


def _paint(painter: QPainter, value: float | None, unit: str, state: TrayState,
           size: int) -> None:
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
        draw_text(painter, below, fit_height(below, round(size * 0.22), _digits_width(size)),
                  QRectF(0, size * 0.6, size, size * 0.3), white)
    else:
        draw_text(painter, text, fit_height(text, round(size * 0.62), _digits_width(size)),
                  QRectF(0, 0, size, size), white)
    # Small icons say it with colour alone; a dot there would cover the digits.
    if size >= 32 and state in (TrayState.ERROR, TrayState.NEEDS_REAUTH, TrayState.SYNCING):
        _corner_dot(painter, size, state)


def make_icon(value: float | None, unit: str, state: TrayState) -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(render_weight_icon(value, unit, state, size))
    return icon


def _corner_dot(painter: QPainter, size: int, state: TrayState) -> None:
    diameter = max(4.0, size / 4)
    dot = QPainterPath()
    # Bottom right, beside the unit, clear of the digits.
    dot.addEllipse(QRectF(size - diameter - 1.5, size - diameter - 1.5, diameter, diameter))
    fill = QColor("#ffeb3b") if state is TrayState.SYNCING else QColor("white")
    painter.fillPath(dot, solid_brush(fill))
    painter.strokePath(dot, solid_pen(QColor("white"), 1))
