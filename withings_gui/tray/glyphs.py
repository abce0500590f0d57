"""Type for the tray icon: the digits of a weight and its unit, filled from a font's outlines.

The outlines were taken from a font and fitted to whole pixels when the app was built
(glyph_outlines.py, made by scripts/make_tray_glyphs.py): digits 5-15 px tall, those of icons
up to 32 px, are drawn from outlines fitted for that height, larger ones from the font's own
outlines scaled. The tray process never starts Qt's font engine, which would cost it its
memory goal (docs/BENCHMARKS.md, "What the tray's code may not do"): it only fills paths.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPainterPath

from withings_gui.tray import glyph_outlines as outlines
from withings_gui.tray.paint import solid_brush

SMALLEST = 5  # px: fit_height goes no lower, and the fitted outlines start there


def _glyph(char: str, height: int) -> tuple[int, str, float]:
    """(ink width in px, outline, px per stored unit) of char with digits height px tall."""
    fitted = outlines.FITTED.get(height)
    if fitted is not None:
        width, outline = fitted[char]
        return width, outline, 1 / outlines.SUBPIXELS
    width, outline = outlines.PLAIN[char]
    scale = height / outlines.DIGIT_HEIGHT
    return round(width * scale), outline, scale


def _gap(height: int) -> int:
    return max(1, round(outlines.GAP * height / outlines.DIGIT_HEIGHT))


def _width(char: str, height: int) -> int:
    if char == " ":
        return max(1, round(outlines.SPACE * height / outlines.DIGIT_HEIGHT))
    return _glyph(char, height)[0]


def text_width(text: str, height: int) -> int:
    """Pixels from the left edge of the first glyph's ink to the right edge of the last's."""
    return sum(_width(char, height) for char in text) + _gap(height) * (len(text) - 1)


def fit_height(text: str, max_height: int, max_width: int) -> int:
    """The tallest digits, up to max_height, that still fit max_width."""
    height = max_height
    while height > SMALLEST and text_width(text, height) > max_width:
        height -= 1
    return height


@lru_cache(maxsize=512)
def _path(char: str, height: int) -> QPainterPath:
    """The glyph with its ink's left edge at x = 0 and its baseline at y = 0."""
    _, outline, scale = _glyph(char, height)
    path = QPainterPath()
    # Plain loops and float arguments: the tray builds ~30 of these before its icon shows.
    for contour in outline.split(";") if outline else ():
        start, *steps = contour.split()
        x, y = start.split(",")
        path.moveTo(int(x) * scale, int(y) * scale)
        for step in steps:
            v = step.split(",")
            if len(v) == 2:
                path.lineTo(int(v[0]) * scale, int(v[1]) * scale)
            else:
                path.quadTo(int(v[0]) * scale, int(v[1]) * scale, int(v[2]) * scale,
                            int(v[3]) * scale)
        path.closeSubpath()
    return path


def draw_text(painter: QPainter, text: str, height: int, area: QRectF, color: QColor) -> None:
    """Draw text with digits height pixels tall, centred in area (by digits, not descenders)."""
    left = round(area.x() + (area.width() - text_width(text, height)) / 2)
    baseline = round(area.y() + (area.height() - height) / 2) + height
    brush = solid_brush(color)
    gap = _gap(height)
    for char in text:
        if char != " ":
            painter.fillPath(_path(char, height).translated(QPointF(left, baseline)), brush)
        left += _width(char, height) + gap
