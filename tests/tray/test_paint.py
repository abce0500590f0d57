import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from withings_gui.tray.paint import solid_brush, solid_pen

pytestmark = pytest.mark.gui


def test_solid_pen_is_qts_default_pen_in_the_given_colour_and_width(qapp):
    pen = solid_pen(QColor(10, 20, 30, 90), 2.5)
    assert pen.color() == QColor(10, 20, 30, 90)
    assert pen.widthF() == 2.5
    assert pen.style() == Qt.PenStyle.SolidLine
    assert pen.capStyle() == Qt.PenCapStyle.SquareCap


def test_solid_brush_fills_with_the_colour(qapp):
    brush = solid_brush(QColor("#2e7d32"))
    assert brush.style() == Qt.BrushStyle.SolidPattern
    assert brush.color() == QColor("#2e7d32")
