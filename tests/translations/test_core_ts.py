"""The core's, tray's and CLI's translations (withings_gui/translations/core_<lang>.ts): one
per language, every text of the code in it and finished, and each translation with exactly
the placeholders and the one keyboard accelerator its English source has."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from withings_gui.core.config import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "withings_gui" / "translations"
TRANSLATED = [language for language in LANGUAGES if language != "en"]
# The modules whose texts these files hold (the wizard's setup modules are in
# withings_gui_<lang>.ts, with the wizard).
SOURCES = sorted(path for folder in ("core", "tray", "commands")
                 for path in (ROOT / "withings_gui" / folder).rglob("*.py")
                 if "setup" not in path.relative_to(ROOT / "withings_gui").parts[1:2]
                 and not path.relative_to(ROOT / "withings_gui").parts[1].startswith("setup"))
SOURCES.append(ROOT / "withings_gui" / "cli.py")
PLACEHOLDER = re.compile(r"\{(\w*)\}")
OURS = ("core.", "tray.", "cli.")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → the <translation> element."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
    return found


@pytest.fixture(scope="module")
def in_the_code(tmp_path_factory) -> set[tuple[str, str]]:
    """What pyside6-lupdate finds in the modules today."""
    ts = tmp_path_factory.mktemp("lupdate") / "found.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-silent", "-locations", "none", *map(str, SOURCES),
                    "-ts", str(ts)], check=True, timeout=300)
    return set(messages(ts))


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_text_of_the_code_is_translated_and_no_other(language, in_the_code):
    found = messages(FOLDER / f"core_{language}.ts")
    assert all(context.startswith(OURS) for context, _ in found)
    assert sorted(in_the_code - set(found)) == [], "texts missing: scripts/build-translations"
    assert sorted(set(found) - in_the_code) == [], "texts no longer in the code"
    unfinished = [source for (_, source), translation in found.items()
                  if translation.get("type") in ("unfinished", "vanished", "obsolete")
                  or not (translation.text or "").strip()]
    assert unfinished == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_placeholders_and_accelerators_match_the_source(language):
    wrong = []
    for (context, source), translation in messages(FOLDER / f"core_{language}.ts").items():
        text = translation.text or ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            wrong.append(f"{context}: {source!r} → {text!r} (placeholders)")
        if source.count("&") != text.count("&"):
            wrong.append(f"{context}: {source!r} → {text!r} (accelerator)")
    assert wrong == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_menu_has_one_accelerator_per_letter(language):
    """Two entries of the tray menu on one letter: the second cannot be reached by key."""
    found = messages(FOLDER / f"core_{language}.ts")
    keys = [re.search(r"&(\w)", translation.text).group(1).lower()
            for (context, source), translation in found.items()
            if context == "tray.menu" and "&" in source]
    assert len(keys) == len(set(keys)), keys
