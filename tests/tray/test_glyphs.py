import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from withings_gui.core.config import UNITS, Profile
from withings_gui.tray import glyph_outlines, glyphs
from withings_gui.tray.glyphs import draw_text, fit_height, text_width
from withings_gui.tray.icon import ICON_SIZES, format_weight, unit_line

pytestmark = pytest.mark.gui

FITTED = sorted(glyph_outlines.FITTED)


def drawn(text, height, width=80, area_height=40):
    """The text drawn white on transparent; the pixels painted, with their alpha."""
    image = QImage(width, area_height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw_text(painter, text, height, QRectF(0, 0, width, area_height), QColor("white"))
    painter.end()
    return [(x, y, image.pixelColor(x, y).alpha()) for y in range(image.height())
            for x in range(image.width()) if image.pixelColor(x, y).alpha() > 0]


@pytest.fixture
def unfitted(monkeypatch):
    """Every height drawn from the font's own outlines, scaled: what fitting improves on."""
    monkeypatch.setattr(glyph_outlines, "FITTED", {})
    glyphs._path.cache_clear()
    yield
    glyphs._path.cache_clear()


def test_every_character_the_icon_can_show_is_drawn(qapp):
    shown = {c for size in ICON_SIZES for value in (None, 0.0, 7.25, 48.0, 99.96, 123.45, 999.4,
                                                   1234.0)
             for c in format_weight(value, size)}
    units = {Profile(slug="x", unit=unit).display_unit for unit in UNITS}
    shown |= {c for unit in units for c in unit_line(11.2, unit)} - {" "}
    for char in shown:
        assert drawn(char, 14), f"nothing drawn for {char!r}"


def test_a_character_without_an_outline_is_an_error_not_a_blank(qapp):
    with pytest.raises(KeyError):
        text_width("7?", 12)


@pytest.mark.parametrize("height", [7, 9, 12, 15, 20, 26])
def test_drawing_stays_within_the_width_it_claims_and_is_centred(qapp, height):
    text = "108.4"
    xs = [x for x, _, _ in drawn(text, height)]
    left, right = min(xs), max(xs)
    assert right - left + 1 <= text_width(text, height)
    assert abs(left - (80 - 1 - right)) <= 1  # as much room on either side


@pytest.mark.parametrize("height", [*FITTED, 20, 26])
def test_digits_are_as_tall_as_asked_and_sit_on_one_baseline(qapp, height):
    # Rows at least half covered: the flat tops (1, 5, 7) and the overshooting round ones
    # (0, 3, 8) span the same whole rows.
    spans = set()
    for digit in "0123456789":
        rows = [y for _, y, alpha in drawn(digit, height) if alpha >= 128]
        spans.add((min(rows), max(rows)))
    assert len(spans) == 1
    top, bottom = spans.pop()
    assert bottom - top + 1 == height


@pytest.mark.parametrize("height", FITTED)
def test_straight_stems_are_whole_pixels(qapp, height):
    # "l" and "." are rectangles in the font: fitted, every pixel is fully lit or not at all.
    for char in "l.":
        assert all(alpha == 255 for _, _, alpha in drawn(char, height)), char


def test_fitting_makes_the_digits_sharper_than_the_scaled_font(qapp, request):
    # Share of the digits' lit pixels that are fully lit, fitted against unfitted. Measured:
    # 0.17 against 0.04 at 5 px, 0.39 / 0.25 at 9, 0.51 / 0.46 at 14, 0.55 / 0.47 at 15;
    # 0.10 more on average over 5-15 px.
    def sharp_share(height):
        alphas = [alpha for digit in "0123456789" for _, _, alpha in drawn(digit, height)]
        return sum(alpha == 255 for alpha in alphas) / len(alphas)

    fitted = {height: sharp_share(height) for height in FITTED}
    request.getfixturevalue("unfitted")
    gains = [fitted[height] - sharp_share(height) for height in FITTED]
    assert min(gains) > 0 and sum(gains) / len(gains) >= 0.07, gains


def test_the_decimal_point_is_a_square_dot_on_the_baseline(qapp):
    for height in FITTED:
        dot = drawn(".", height)
        xs, ys = {x for x, _, _ in dot}, {y for _, y, _ in dot}
        assert len(xs) == len(ys) >= 1, height
        zero = [y for _, y, alpha in drawn("0", height) if alpha >= 128]
        assert max(ys) == max(zero), height


def test_unit_letters_sit_on_the_baseline_and_g_goes_below(qapp):
    height = 9
    bottoms = {char: max(y for _, y, alpha in drawn(char, height) if alpha >= 128)
               for char in "0kglbst"}
    assert {bottoms[c] for c in "0klbst"} == {bottoms["0"]}
    assert bottoms["g"] > bottoms["0"] + 1


@pytest.mark.parametrize("size", ICON_SIZES)
def test_the_widest_weight_fits_every_icon_size(size):
    text = format_weight(999.4, size)  # no scale weighs more than 999 kg or lb
    height = fit_height(text, size, size - 2)
    assert text_width(text, height) <= size - 2
    assert height >= 6  # "999" at 16 px: 6 px tall digits, still type rather than specks
