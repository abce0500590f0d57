"""glyph_outlines.py is generated: it must be what scripts/make_tray_glyphs.py makes now."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "make_tray_glyphs.py"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf")


def needs(present: bool, what: str) -> None:
    """Skipped on a developer's own pytest run without it; under scripts/run-tests (which
    installs both, and is what CI runs) or in CI a missing one fails: the check never goes
    quiet there."""
    if present:
        return
    if os.environ.get("CI") or os.environ.get("WITHINGS_GUI_RUN_TESTS"):
        pytest.fail(f"{what} is missing, though scripts/run-tests installs it")
    pytest.skip(f"{what} is not installed (scripts/run-tests installs it)")


def test_the_outlines_are_what_the_script_makes_from_the_font():
    needs(FONT.is_file(), f"the font {FONT} (Debian/Ubuntu: fonts-dejavu-extra)")
    try:
        import fontTools  # noqa: F401
    except ImportError:
        needs(False, "fontTools (pip install -e '.[test]')")
    made = subprocess.run([sys.executable, str(SCRIPT), "--stdout"], capture_output=True,
                          text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    stored = (ROOT / "withings_gui" / "tray" / "glyph_outlines.py").read_text(encoding="utf-8")
    assert made.stdout == stored, "run python scripts/make_tray_glyphs.py and commit the result"


def test_the_outlines_name_their_font_and_its_licence():
    from withings_gui.tray import glyph_outlines

    header = (ROOT / "withings_gui" / "tray" / "glyph_outlines.py").read_text(
        encoding="utf-8").split("DIGIT_HEIGHT =")[0]
    assert "DejaVu Sans Condensed Bold" in glyph_outlines.__doc__
    assert "Bitstream Vera Fonts Copyright" in header and "Permission is hereby granted" in header


def test_the_tray_does_not_need_fonttools_to_draw():
    # A build-time tool: the installed app has no fontTools.
    code = ("import sys\nimport withings_gui.tray.glyphs\n"
            "print(any(name.startswith('fontTools') for name in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert (done.returncode, done.stdout.strip()) == (0, "False"), done.stderr
