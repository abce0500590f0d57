"""Solid pens and brushes for the tray icon, made without PySide6's Qt namespace.

PySide6 builds its ``Qt`` namespace, a few hundred enum types, the first time any of them is
needed: ~20 ms of the tray's start-up and 1.4 MB of its memory, measured. QPen's and QBrush's
constructors, and QPainter's setPen, setBrush and fillRect, all need it just to choose between
their overloads, some of which take a Qt enum. So the icon is drawn with these pens and brushes
through QPainter.fillPath and strokePath only, which have a single overload.
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
