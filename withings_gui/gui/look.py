"""The look every window shares, set in one place: margins and spacing, and the few colours
the app adds to the desktop's palette (status marks, errors, accents).

The app follows the desktop: light, dark and high-contrast palettes come from the system
(Qt's platform theme). Colours of our own are derived from that palette and made readable
against it (WCAG contrast), so nothing is fixed to a light background."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QBoxLayout, QFormLayout, QGridLayout, QLayout

# Pixels at device-pixel-ratio 1; Qt scales them with the screen.
MARGIN = 18  # around a page's content
SPACING = 10  # between rows and between widgets in a row
SECTION = 20  # between groups of rows on a page

# The hues of our own colours; the shade used is the one readable on the palette.
SUCCESS, FAILURE, WARNING = QColor("#2e7d32"), QColor("#c62828"), QColor("#e65100")
ACCENT = QColor("#177a8c")

# WCAG 2 contrast for normal text: AA, and AAA when the system asks for more contrast.
NORMAL_CONTRAST, HIGH_CONTRAST = 4.5, 7.0


def space_out(layout: QLayout, margins: bool = True) -> QLayout:
    """Give ``layout`` the app's spacing (and margins, for a page's outermost layout)."""
    if isinstance(layout, QFormLayout):
        layout.setHorizontalSpacing(SPACING)
        layout.setVerticalSpacing(SPACING)
        # Labels beside their fields on every platform, fields taking the width left.
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    elif isinstance(layout, (QBoxLayout, QGridLayout)):
        layout.setSpacing(SPACING)
    if margins:
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
    else:
        layout.setContentsMargins(0, 0, 0, 0)
    return layout


def relative_luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF()))


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio, from 1 (same) to 21 (black on white)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(color: QColor, background: QColor, minimum: float) -> QColor:
    """``color`` in the shade of its hue nearest to it that has ``minimum`` contrast on
    ``background``: darker on a light background, lighter on a dark one. Black or white
    when no shade of the hue reaches it."""
    if contrast_ratio(color, background) >= minimum:
        return QColor(color)
    black, white = QColor(Qt.GlobalColor.black), QColor(Qt.GlobalColor.white)
    # Towards whichever of black and white stands out more on this background.
    end = black if contrast_ratio(black, background) >= contrast_ratio(white, background) \
        else white
    hue, saturation, lightness, _ = color.getHslF()
    towards = end.lightnessF()
    steps = 50
    for step in range(1, steps + 1):
        shade = QColor.fromHslF(max(hue, 0.0), saturation,
                                lightness + (towards - lightness) * step / steps)
        if contrast_ratio(shade, background) >= minimum:
            return shade
    return end


def wanted_contrast() -> float:
    """The contrast our colours keep: more when the system asks for high contrast."""
    hints = QGuiApplication.styleHints()  # kept in a name: the hints own what they return
    accessibility = hints.accessibility()
    high = accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast
    return HIGH_CONTRAST if high else NORMAL_CONTRAST


def status_color(ok: bool | None, palette: QPalette, minimum: float | None = None) -> QColor:
    """Green for passed, red for failed, the palette's quiet text colour for not known:
    each readable on the palette's window colour."""
    if ok is None:
        minimum = wanted_contrast() if minimum is None else minimum
        background = palette.color(QPalette.ColorRole.Window)
        return readable(palette.color(QPalette.ColorRole.PlaceholderText), background, minimum)
    return hue_color(SUCCESS if ok else FAILURE, palette, minimum)


def accent_color(palette: QPalette, minimum: float | None = None) -> QColor:
    """The app's teal (from its logo), readable on the palette's window colour."""
    return hue_color(ACCENT, palette, minimum)


def hue_color(hue: QColor, palette: QPalette, minimum: float | None = None) -> QColor:
    """``hue`` (one of this module's) readable on the palette's window colour."""
    minimum = wanted_contrast() if minimum is None else minimum
    return readable(hue, palette.color(QPalette.ColorRole.Window), minimum)


def is_dark(palette: QPalette) -> bool:
    return relative_luminance(palette.color(QPalette.ColorRole.Window)) < 0.18


def ink_on(fill: QColor) -> QColor:
    """White or black, whichever reads better on ``fill`` (text or a glyph on a badge)."""
    white, black = QColor(Qt.GlobalColor.white), QColor(Qt.GlobalColor.black)
    return white if contrast_ratio(white, fill) >= contrast_ratio(black, fill) else black


# -- charts ----------------------------------------------------------------------------------

# WCAG 2.1 (1.4.11): lines and marks that carry meaning, such as a chart's series, keep 3:1
# against their background; text keeps 4.5:1.
GRAPHIC_CONTRAST = 3.0

# A chart's series in order: the app's teal, then vermillion and reddish purple (Okabe–Ito),
# which stay apart from the teal and each other with red-green colour blindness.
SERIES_HUES = (ACCENT, QColor("#d55e00"), QColor("#cc79a7"))


def series_color(index: int, palette: QPalette) -> QColor:
    """The colour of a chart's ``index``-th series, readable on the palette's base colour
    (where charts are drawn): 3:1, or 4.5:1 when the system asks for more contrast."""
    minimum = GRAPHIC_CONTRAST if wanted_contrast() < HIGH_CONTRAST else NORMAL_CONTRAST
    return readable(SERIES_HUES[index % len(SERIES_HUES)],
                    palette.color(QPalette.ColorRole.Base), minimum)


def blend(color: QColor, background: QColor, amount: float) -> QColor:
    """``color`` laid over ``background`` at ``amount`` (0 → background, 1 → color): quiet
    lines such as a chart's grid, derived from the palette rather than fixed."""
    return QColor.fromRgbF(*(c * amount + b * (1 - amount) for c, b in zip(
        (color.redF(), color.greenF(), color.blueF()),
        (background.redF(), background.greenF(), background.blueF()))))
