"""One place sets the wizard's margins and spacing (gui/look.py): every layout on every
page uses them, whatever page it is on."""

import pytest
import shiboken6
from PySide6.QtWidgets import QAbstractScrollArea, QComboBox, QFormLayout, QLayout

from withings_gui.core.setup.flow import PAGES
from withings_gui.gui.look import MARGIN, SPACING

pytestmark = pytest.mark.gui

# The spacings look.py hands out: rows and widgets, and the closer steps of a group.
SPACINGS = {SPACING, SPACING // 2, SPACING // 4}


def spacings(layout: QLayout) -> set[int]:
    if isinstance(layout, QFormLayout):
        return {layout.horizontalSpacing(), layout.verticalSpacing()}
    if hasattr(layout, "horizontalSpacing"):  # a grid
        return {layout.horizontalSpacing(), layout.verticalSpacing()}
    return {layout.spacing()}


def margins(layout: QLayout) -> set[int]:
    shown = layout.contentsMargins()
    return {shown.left(), shown.top(), shown.right(), shown.bottom()}


@pytest.mark.parametrize("page_id", PAGES)
def test_every_layout_takes_the_looks_margins_and_spacing(make_wizard, page_id):
    wizard = make_wizard()
    page = wizard.page_for(page_id)
    assert margins(page.layout()) == {MARGIN} and spacings(page.layout()) <= SPACINGS
    # Ours: not the inner layouts of Qt's own widgets (a text box's scroll bar holders, a
    # combo box's pop-up, which Qt makes and deletes as it likes).
    layouts = [layout for layout in page.body.findChildren(QLayout)
               if shiboken6.isValid(layout)
               and not isinstance(layout.parentWidget().parentWidget(),
                                  (QAbstractScrollArea, QComboBox))]
    assert len(layouts) > 1
    for layout in layouts:
        assert margins(layout) == {0}, (page_id, layout)
        assert spacings(layout) <= SPACINGS, (page_id, layout, spacings(layout))


def test_the_step_list_takes_them_too(make_wizard):
    steps = make_wizard().steps
    for layout in steps.findChildren(QLayout):
        assert spacings(layout) <= SPACINGS, layout
    outer = steps.layout().contentsMargins()
    assert (outer.left(), outer.top(), outer.bottom()) == (MARGIN, MARGIN, MARGIN)
