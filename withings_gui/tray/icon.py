"""The tray icon as a pure function of (value, unit, state, size, theme)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPixmap

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
    font = QFont("DejaVu Sans Condensed")
    font.setBold(True)
    font.setPixelSize(_fit_pixel_size(text, size, font))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    text_height = size * (0.72 if size >= 32 else 1.0)
    painter.drawText(QRectF(0, 0, size, text_height), Qt.AlignmentFlag.AlignCenter, text)
    if size >= 32:
        small = QFont(font)
        small.setBold(False)
        small.setPixelSize(max(8, size // 4))
        painter.setFont(small)
        painter.drawText(QRectF(0, size * 0.62, size, size * 0.36),
                         Qt.AlignmentFlag.AlignCenter, unit)
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


def _fit_pixel_size(text: str, size: int, font: QFont) -> int:
    pixel = int(size * (0.62 if size >= 32 else 0.78))
    while pixel > 6:
        font.setPixelSize(pixel)
        if QFontMetrics(font).horizontalAdvance(text) <= size - 2:
            break
        pixel -= 1
    return pixel


def _corner_dot(painter: QPainter, size: int, state: TrayState) -> None:
    diameter = max(4.0, size / 4)
    painter.setPen(QColor("white"))
    painter.setBrush(QColor("#ffeb3b") if state is TrayState.SYNCING else QColor("white"))
    # Bottom right, beside the unit, clear of the digits.
    painter.drawEllipse(QRectF(size - diameter - 1.5, size - diameter - 1.5, diameter, diameter))
