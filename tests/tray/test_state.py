import subprocess
import sys
from pathlib import Path

import pytest

from withings_gui.tray.state import LOWEST_WEIGHT, WEIGHT_LIMIT, is_drawable, is_drawable_kg

REPO = Path(__file__).resolve().parents[2]
# The tray's plain logic: what it shows, which notices it sends, the weight it remembers.
QT_FREE = ["withings_gui.tray.state", "withings_gui.tray.status", "withings_gui.tray.notify",
           "withings_gui.tray.last_weight", "withings_gui.tray.desktop_notifications"]


def test_the_trays_plain_logic_imports_with_pyside6_blocked():
    code = ("import sys\n"
            "sys.modules['PySide6'] = None  # any import of it now raises ImportError\n"
            f"for name in {QT_FREE!r}:\n"
            "    __import__(name)\n"
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')\n"
            "             and sys.modules[m]))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("value, drawable", [
    (72.4, True), (LOWEST_WEIGHT, True), (WEIGHT_LIMIT, False), (0.5, False), (True, False),
    (float("nan"), False), (float("inf"), False), ("72", False), (None, False)])
def test_only_plausible_weights_are_drawn(value, drawable):
    assert is_drawable(value) is drawable


def test_a_weight_drawn_in_kg_must_also_fit_in_pounds():
    assert is_drawable_kg(4000.0) and not is_drawable_kg(WEIGHT_LIMIT / 2)
