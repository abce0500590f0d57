import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from withings_gui.core.config import UNITS, Profile
from withings_gui.tray.glyphs import draw_text, fit_height, stroke_width, text_width
from withings_gui.tray.icon import ICON_SIZES, format_weight, unit_line

pytestmark = pytest.mark.gui


def drawn(text, height, width=80, area_height=40):
    """The text drawn white on transparent; the bounding box of what was painted."""
    image = QImage(width, area_height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw_text(painter, text, height, QRectF(0, 0, width, area_height), QColor("white"))
    painter.end()
    lit = [(x, y) for y in range(image.height()) for x in range(image.width())
           if image.pixelColor(x, y).alpha() > 0]
    return image, lit


def test_every_character_the_icon_can_show_is_drawn():
    shown = {c for size in ICON_SIZES for value in (None, 0.0, 7.25, 48.0, 99.96, 123.45, 999.4,
                                                   1234.0)
             for c in format_weight(value, size)}
    units = {Profile(slug="x", unit=unit).display_unit for unit in UNITS}
    shown |= {c for unit in units for c in unit_line(11.2, unit)} - {" "}
    for char in shown:
        _, lit = drawn(char, 14)
        assert lit, f"nothing drawn for {char!r}"


@pytest.mark.parametrize("height", [9, 12, 20])
def test_drawing_stays_within_the_width_it_claims_and_is_centred(qapp, height):
    text = "108.4"
    _, lit = drawn(text, height)
    xs = [x for x, _ in lit]
    left, right = min(xs), max(xs)
    assert right - left + 1 <= text_width(text, height)
    assert abs(left - (80 - 1 - right)) <= 1  # as much room on either side


def test_the_decimal_point_is_a_square_dot_on_the_baseline(qapp):
    height = 13
    _, lit = drawn(".", height)
    pen = stroke_width(height)
    assert len(lit) == pen * pen
    _, digit = drawn("0", height)
    assert max(y for _, y in lit) == max(y for _, y in digit)


def test_strokes_are_sharp_not_smeared(qapp):
    # Snapped to the pixel grid, a stroke is fully white: no half-lit grey edges.
    image, lit = drawn("7", 12)
    assert all(image.pixelColor(x, y).alpha() == 255 for x, y in lit)


@pytest.mark.parametrize("size", ICON_SIZES)
def test_the_widest_weight_fits_every_icon_size(size):
    text = format_weight(999.4, size)  # no scale weighs more than 999 kg or lb
    height = fit_height(text, size, size - 2)
    assert text_width(text, height) <= size - 2
    assert height >= 6  # a 3 × 7 pixel digit at 16 px: still readable, not specks
