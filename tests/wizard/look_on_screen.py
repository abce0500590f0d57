"""Every wizard page as the desktop draws it, checked for cut-off text and overlapping
widgets: run by test_look_on_screen.py in a child pytest on Xvfb, with the desktop's theme
(GTK_THEME through Qt's gtk3 platform theme) and scale (QT_SCALE_FACTOR) set by the parent.

The demo setup is walked (Home Assistant skipped), with an error and failed checks shown on
the way, and each page is audited at the wizard's default size and at its minimum size."""

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QScrollArea

from tests.support.layout_audit import problems
from tests.wizard.test_whole_wizard import current, log_in_and_sync, next_page
from withings_gui.gui.look import is_dark
from withings_gui.wizard.app import SetupWizard

pytestmark = [pytest.mark.gui, pytest.mark.webengine]

if os.environ.get("QT_QPA_PLATFORM") != "xcb" or "LOOK_SCHEME" not in os.environ:
    pytest.skip("run by tests/wizard/test_look_on_screen.py on an X screen",
                allow_module_level=True)


def scrolls(page) -> bool:
    bar = page.findChild(QScrollArea).verticalScrollBar()
    return bar.isVisible() and bar.maximum() > 0


def audit(qtbot, wizard, found: dict[str, list[str]], what: str,
          may_scroll: bool = False) -> None:
    """Audit the page shown, at the size it has and at the wizard's minimum size. At the
    default size a page fits without scrolling, unless ``may_scroll`` (long results)."""
    size = wizard.size()
    for shown_at in ("default size", "minimum size"):
        if shown_at == "minimum size":
            wizard.resize(wizard.minimumSize().expandedTo(wizard.minimumSizeHint()))
        # Layouts settle over a few turns of the event loop (a scroll area follows its
        # content's new size): what is still wrong after that is what a person sees.
        try:
            qtbot.waitUntil(lambda: not problems(wizard), timeout=3000)
        except qtbot.TimeoutError:
            found[f"{current(wizard)} ({what}, {shown_at})"] = problems(wizard)
        if shown_at == "default size" and not may_scroll and scrolls(wizard.currentPage()):
            found[f"{current(wizard)} ({what}, default size)"] = ["needs scrolling"]
    wizard.resize(size)


def test_every_page_shows_all_of_its_text(qtbot, demo):
    app = QApplication.instance()
    # The parent asked for this look: make sure it is what Qt got, or nothing was shown.
    scheme, scale = os.environ["LOOK_SCHEME"], float(os.environ["QT_SCALE_FACTOR"])
    assert is_dark(app.palette()) == (scheme == "dark"), app.palette().window().color().name()
    hints = QGuiApplication.styleHints()
    assert hints.colorScheme() == (Qt.ColorScheme.Dark if scheme == "dark"
                                   else Qt.ColorScheme.Light)
    wizard = SetupWizard(demo.ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.devicePixelRatioF() == scale
    found: dict[str, list[str]] = {}

    audit(qtbot, wizard, found, "new setup")
    next_page(qtbot, wizard, "hass")
    hass = wizard.page_for("hass")
    hass.show_error("Home Assistant refused the access token (401): create a new long-lived "
                    "access token in your profile and paste it here.")
    audit(qtbot, wizard, found, "with an error")
    hass.show_error("")
    hass.skip.setChecked(True)
    next_page(qtbot, wizard, "callback")

    callback = wizard.page_for("callback")
    callback.source.setText("http://192.168.1.10:8123/some/path?x=1")
    callback.source.textEdited.emit(callback.source.text())
    qtbot.waitUntil(lambda: any(r.ok is False for r in callback.rules.results.values()))
    audit(qtbot, wizard, found, "failed checks", may_scroll=True)
    callback.source.setText(demo.ctx.config.callback_url)
    callback.source.textEdited.emit(callback.source.text())
    audit(qtbot, wizard, found, "demo address", may_scroll=True)  # ten checks listed
    for page_id in ("portal", "credentials", "authorize"):
        next_page(qtbot, wizard, page_id)
        audit(qtbot, wizard, found, "as shown")

    finish = log_in_and_sync(qtbot, wizard)
    assert finish.isComplete()
    wizard.back()
    qtbot.waitUntil(lambda: current(wizard) == "profile")
    audit(qtbot, wizard, found, "named")
    wizard.next()
    qtbot.waitUntil(lambda: current(wizard) == "finish", timeout=20000)
    qtbot.waitUntil(finish.isComplete, timeout=60000)
    audit(qtbot, wizard, found, "after the first sync", may_scroll=True)
    palette = app.palette()
    print(f"look-audited scheme={scheme} scale={scale} "
          f"window={palette.color(QPalette.ColorRole.Window).name()}")
    assert not found, "\n".join(f"{where}:\n  " + "\n  ".join(lines)
                                for where, lines in found.items())
