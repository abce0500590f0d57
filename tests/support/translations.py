"""The compiled translations (.qm) the tests that read other languages need: built once
per run by scripts/build-translations from the committed .ts, as the installers build them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def built_translations() -> Path:
    folder = ROOT / "withings_gui" / "translations"
    subprocess.run([str(ROOT / "scripts" / "build-translations")], check=True, timeout=300,
                   env=dict(os.environ, PYTHON=sys.executable))
    return folder
