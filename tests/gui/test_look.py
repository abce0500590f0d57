"""Our colours stay readable on whatever palette the desktop gives (light, dark, high
contrast), and margins come from one place."""

import pytest
from hypothesis import given, strategies as st
from PySide6.QtGui import QColor, QPalette

from withings_gui.gui import look

pytestmark = pytest.mark.gui

colors = st.builds(QColor.fromRgb, st.integers(0, 255), st.integers(0, 255),
                   st.integers(0, 255))
BLACK, WHITE = QColor("black"), QColor("white")


def palette(window: QColor, placeholder: QColor | None = None) -> QPalette:
    shown = QPalette()
    shown.setColor(QPalette.ColorRole.Window, window)
    if placeholder is not None:
        shown.setColor(QPalette.ColorRole.PlaceholderText, placeholder)
    return shown


def best_possible(background: QColor) -> float:
    return max(look.contrast_ratio(BLACK, background), look.contrast_ratio(WHITE, background))


def test_contrast_ratio_is_the_wcag_one():
    assert look.contrast_ratio(BLACK, WHITE) == pytest.approx(21)
    assert look.contrast_ratio(WHITE, WHITE) == pytest.approx(1)
    # WCAG's own example pair: #777 on white is just below AA (4.48).
    assert look.contrast_ratio(QColor("#777777"), WHITE) == pytest.approx(4.48, abs=0.01)


@given(colors, colors, st.sampled_from([look.NORMAL_CONTRAST, look.HIGH_CONTRAST]))
def test_a_shade_is_readable_or_the_best_there_is(color, background, minimum):
    shade = look.readable(color, background, minimum)
    assert look.contrast_ratio(shade, background) >= min(minimum, best_possible(background))


@given(colors)
def test_a_readable_colour_keeps_its_hue(background):
    shade = look.readable(look.SUCCESS, background, look.NORMAL_CONTRAST)
    if shade not in (BLACK, WHITE) and shade.saturationF() > 0.1:
        assert abs(shade.hslHueF() - look.SUCCESS.hslHueF()) < 0.02


@given(colors, colors, st.sampled_from([True, False, None]))
def test_status_colours_read_on_any_window_colour(window, placeholder, ok):
    color = look.status_color(ok, palette(window, placeholder), look.NORMAL_CONTRAST)
    assert look.contrast_ratio(color, window) >= min(look.NORMAL_CONTRAST,
                                                     best_possible(window))


def test_passed_and_failed_differ_on_light_and_dark():
    for window in (QColor("#faf9f8"), QColor("#323232"), QColor("#000000")):
        passed = look.status_color(True, palette(window), look.HIGH_CONTRAST)
        failed = look.status_color(False, palette(window), look.HIGH_CONTRAST)
        assert passed.hslHue() != failed.hslHue()
        assert look.is_dark(palette(window)) == (window.lightness() < 128)


def test_space_out_sets_the_one_margin_and_spacing(qapp):
    from PySide6.QtWidgets import QFormLayout, QVBoxLayout

    page = look.space_out(QVBoxLayout())
    inner = look.space_out(QFormLayout(), margins=False)
    assert page.contentsMargins().left() == look.MARGIN and page.spacing() == look.SPACING
    assert inner.contentsMargins().top() == 0
    assert inner.verticalSpacing() == inner.horizontalSpacing() == look.SPACING


@given(colors, st.integers(0, 5))
def test_chart_series_read_on_any_base_colour(base, index):
    shown = QPalette()
    shown.setColor(QPalette.ColorRole.Base, base)
    color = look.series_color(index, shown)
    assert look.contrast_ratio(color, base) >= min(look.GRAPHIC_CONTRAST, best_possible(base))


def test_chart_series_differ_on_light_and_dark():
    for base in (QColor("#ffffff"), QColor("#2d2d2d")):
        shown = QPalette()
        shown.setColor(QPalette.ColorRole.Base, base)
        hues = {look.series_color(index, shown).hslHue() for index in range(3)}
        assert len(hues) == 3


def test_a_blend_lies_between_its_colours():
    assert look.blend(WHITE, BLACK, 0.0) == BLACK and look.blend(WHITE, BLACK, 1.0) == WHITE
    grey = look.blend(WHITE, BLACK, 0.5)
    assert grey.red() == grey.green() == grey.blue() and 126 <= grey.red() <= 129
