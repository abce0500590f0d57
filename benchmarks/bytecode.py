"""Compile the package's bytecode before a benchmark starts it, as an installed copy has it.

pip and the .deb both install compiled bytecode. A checkout run with PYTHONDONTWRITEBYTECODE=1
(as CI and this machine set it) would otherwise compile every module at every start, which no
user's start does.
"""

from __future__ import annotations

import compileall
from pathlib import Path

import withings_gui

PACKAGE = Path(withings_gui.__file__).resolve().parent


def compile_package() -> None:
    if not compileall.compile_dir(str(PACKAGE), quiet=1):
        raise RuntimeError(f"could not compile {PACKAGE}")
