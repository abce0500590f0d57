"""A small stroke font for the tray icon: the digits of a weight and its unit, drawn as lines.

The icon needs a dozen characters. Drawing them as strokes snapped to the pixel grid keeps them
sharp at 16 px, and the tray process never starts Qt's font engine, which would cost it its
memory goal (docs/BENCHMARKS.md, "What the tray's code may not do").
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPainterPath

from withings_gui.tray.paint import solid_brush, solid_pen

# Each glyph: its width and its strokes, as polylines in units of the digit height (y down,
# 0 = top of a digit, 1 = baseline; letters use 0.4 as x-height and go down to 1.3).
# Digits follow a scale's display: straight segments, so that they stay crisp when small.
_W = 0.5
_DEPTH = 1.3  # the lowest point of any glyph, the tail of the g
_GLYPHS: dict[str, tuple[float, tuple[tuple[tuple[float, float], ...], ...]]] = {
    "0": (_W, (((0, 0), (_W, 0), (_W, 1), (0, 1), (0, 0)),)),
    "1": (0.25, (((0, 0.2), (0.25, 0), (0.25, 1)),)),
    "2": (_W, (((0, 0), (_W, 0), (_W, 0.5), (0, 0.5), (0, 1), (_W, 1)),)),
    "3": (_W, (((0, 0), (_W, 0), (_W, 1), (0, 1)), ((0.1, 0.5), (_W, 0.5)))),
    "4": (_W, (((0, 0), (0, 0.5), (_W, 0.5)), ((_W, 0), (_W, 1)))),
    "5": (_W, (((_W, 0), (0, 0), (0, 0.5), (_W, 0.5), (_W, 1), (0, 1)),)),
    "6": (_W, (((_W, 0), (0, 0), (0, 1), (_W, 1), (_W, 0.5), (0, 0.5)),)),
    "7": (_W, (((0, 0), (_W, 0), (_W, 1)),)),
    "8": (_W, (((0, 0), (_W, 0), (_W, 1), (0, 1), (0, 0)), ((0, 0.5), (_W, 0.5)))),
    "9": (_W, (((_W, 0.5), (0, 0.5), (0, 0), (_W, 0), (_W, 1), (0, 1)),)),
    ".": (0.0, ()),  # a square dot on the baseline, filled rather than stroked
    "–": (0.4, (((0, 0.5), (0.4, 0.5)),)),
    "k": (0.4, (((0, 0), (0, 1)), ((0.4, 0.4), (0, 0.72)), ((0.14, 0.62), (0.4, 1)))),
    "g": (0.45, (((0.45, 0.95), (0, 0.95), (0, 0.4), (0.45, 0.4), (0.45, 1.3), (0, 1.3)),)),
    "l": (0.0, (((0, 0), (0, 1)),)),
    "b": (0.45, (((0, 0), (0, 1), (0.45, 1), (0.45, 0.4), (0, 0.4)),)),
    # Stones: "st 2" under the whole stones.
    "s": (0.4, (((0.4, 0.4), (0, 0.4), (0, 0.7), (0.4, 0.7), (0.4, 1), (0, 1)),)),
    "t": (0.3, (((0.1, 0.1), (0.1, 1), (0.3, 1)), ((0, 0.4), (0.3, 0.4)))),
    " ": (0.15, ()),
}


def stroke_width(height: int) -> int:
    """Lines about a sixth of the digit height: bold enough for 16 px, not blotted at 64."""
    return max(1, round(height / 6.5))


def text_width(text: str, height: int) -> int:
    """Pixels from the left edge of the first stroke to the right edge of the last."""
    pen = stroke_width(height)
    gap = pen + max(1, round(height * 0.12))
    advances = [round(_GLYPHS[c][0] * height) for c in text]
    return sum(advances) + gap * (len(text) - 1) + pen


def fit_height(text: str, max_height: int, max_width: int) -> int:
    """The tallest digits, up to max_height, that still fit max_width."""
    height = max_height
    while height > 5 and text_width(text, height) > max_width:
        height -= 1
    return height


def draw_text(painter: QPainter, text: str, height: int, area: QRectF, color: QColor) -> None:
    """Draw text with digits height pixels tall, centred in area (by digits, not descenders)."""
    pen_width = stroke_width(height)
    gap = pen_width + max(1, round(height * 0.12))
    # Strokes centred half a pixel in for odd widths, on the line for even: edges land on
    # pixel boundaries and stay sharp.
    offset = pen_width / 2
    left = round(area.x() + (area.width() - text_width(text, height)) / 2)
    top = round(area.y() + (area.height() - height - pen_width) / 2)
    # Each segment is stroked on its own, so the pen's square caps fill the corners where
    # segments meet, as mitred joins would at right angles (paint.py: no join styles here).
    pen = solid_pen(color, pen_width)
    for char in text:
        width, strokes = _GLYPHS[char]
        advance = round(width * height)
        if char == ".":
            dot = QPainterPath()
            dot.addRect(QRectF(left, top + height, pen_width, pen_width))
            painter.fillPath(dot, solid_brush(color))
        path = QPainterPath()
        for stroke in strokes:
            points = [QPointF(left + round(x * height) + offset, top + round(y * height) + offset)
                      for x, y in stroke]
            for start, end in zip(points, points[1:]):
                path.moveTo(start)
                path.lineTo(end)
        # The caps of slanted strokes (1, k) would stick out of the glyph's box.
        painter.save()
        painter.setClipRect(QRectF(left, top, advance + pen_width, _DEPTH * height + pen_width))
        painter.strokePath(path, pen)
        painter.restore()
        left += advance + gap
