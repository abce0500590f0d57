"""The tray icon as a pure function of (value, unit, state, size, theme)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from withings_gui.tray.glyphs import draw_text, fit_height

ICON_SIZES = (16, 22, 24, 32, 48, 64)


class TrayState(str, Enum):
    STARTING = "starting"
    SYNCING = "syncing"
    OK = "up to date"
    STALE = "stale"
    ERROR = "error"
    NEEDS_REAUTH = "needs re-authorization"
    PAUSED = "paused"


# Background per state; text is white on all of them (contrast checked at 16 px).
_COLORS = {
    TrayState.STARTING: "#5f6b7a", TrayState.SYNCING: "#1565c0", TrayState.OK: "#2e7d32",
    TrayState.STALE: "#6d6d6d", TrayState.ERROR: "#c62828", TrayState.NEEDS_REAUTH: "#e65100",
    TrayState.PAUSED: "#6d6d6d",
}


def format_weight(value: float | None, size: int) -> str:
    """Digits that fit: "72" in a small icon, "72.4" from 32 px up; "–" without a value."""
    if value is None:
        return "–"
    if size >= 32 and value < 1000:
        return f"{value:.1f}"
    return f"{round(value):d}"


def render_weight_icon(value: float | None, unit: str, state: TrayState, size: int,
                       dark: bool = False) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    background = QColor(_COLORS[state])
    # A light rim separates the badge from dark panels.
    painter.setPen(QColor(255, 255, 255, 90) if dark else Qt.PenStyle.NoPen)
    painter.setBrush(background)
    radius = max(2.0, size / 6)
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), radius, radius)
    text = format_weight(value, size)
    white = QColor("white")
    if size >= 32:
        digits = fit_height(text, round(size * 0.4), size - 4)
        draw_text(painter, text, digits, QRectF(0, 0, size, size * 0.62), white)
        # The unit sits below, clear of the dot in the corner; its descender may use the rim.
        draw_text(painter, unit, round(size * 0.22), QRectF(0, size * 0.6, size, size * 0.3),
                  white)
    else:
        draw_text(painter, text, fit_height(text, round(size * 0.62), size - 2),
                  QRectF(0, 0, size, size), white)
    # Small icons say it with colour alone; a dot there would cover the digits.
    if size >= 32 and state in (TrayState.ERROR, TrayState.NEEDS_REAUTH, TrayState.SYNCING):
        _corner_dot(painter, size, state)
    painter.end()
    return pixmap


def make_icon(value: float | None, unit: str, state: TrayState, dark: bool = False) -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(render_weight_icon(value, unit, state, size, dark))
    return icon


def _corner_dot(painter: QPainter, size: int, state: TrayState) -> None:
    diameter = max(4.0, size / 4)
    painter.setPen(QColor("white"))
    painter.setBrush(QColor("#ffeb3b") if state is TrayState.SYNCING else QColor("white"))
    # Bottom right, beside the unit, clear of the digits.
    painter.drawEllipse(QRectF(size - diameter - 1.5, size - diameter - 1.5, diameter, diameter))
