"""Solid pens and brushes for the tray icon, made without PySide6's Qt namespace.

Building that namespace before the icon is visible would cost the tray its start-up goal
(docs/BENCHMARKS.md, "What the tray's code may not do"). QPen's and QBrush's constructors, and
QPainter's setPen, setBrush and fillRect, need it to choose between their overloads, so the
icon is drawn with these through QPainter.fillPath and strokePath only (a single overload).
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QPen


def solid_pen(color: QColor, width: float) -> QPen:
    """Qt's default pen (solid, square caps, bevel joins) in this colour and width."""
    pen = QPen()
    pen.setColor(color)
    pen.setWidthF(width)
    return pen


def solid_brush(color: QColor) -> QBrush:
    return solid_pen(color, 1).brush()
