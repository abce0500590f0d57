"""Qt's messages and exceptions raised in slots end up in the log file, redacted.

In a fresh process: pytest-qt keeps its own message handler in this one (qt_log_level_fail).
"""

import os
import subprocess
import sys

import pytest

from withings_gui.core.paths import resolve_paths

pytestmark = pytest.mark.gui

GUI_PROCESS = """
from PySide6.QtCore import QTimer, qWarning
from PySide6.QtWidgets import QApplication
from withings_gui.core.logs import setup_logging
from withings_gui.core.paths import resolve_paths
from withings_gui.gui.qt_messages import route_qt_messages

setup_logging(resolve_paths({root!r}), to_stderr=False)  # what every command does first
route_qt_messages()  # what the tray and the wizard do before their QApplication
app = QApplication([])
qWarning("a warning from Qt with code=qtsecret42")

def failing_slot():
    raise RuntimeError("slot failed: client_secret=slotsecret9")

QTimer.singleShot(0, failing_slot)
QTimer.singleShot(50, app.quit)
app.exec()
"""


def test_a_qt_warning_and_an_exception_in_a_slot_land_redacted_in_the_log(tmp_path):
    root = str(tmp_path / "cfg")
    done = subprocess.run([sys.executable, "-c", GUI_PROCESS.format(root=root)],
                          capture_output=True, text=True, timeout=60,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    text = resolve_paths(root).log_file.read_text(encoding="utf-8")
    assert "WARNING qt: a warning from Qt with code=***" in text
    assert "CRITICAL withings_gui.uncaught: uncaught exception" in text
    assert "RuntimeError: slot failed: client_secret=***" in text
    assert "qtsecret42" not in text and "slotsecret9" not in text
    assert "slotsecret9" not in done.stderr  # nothing bypassed the log on its way out
