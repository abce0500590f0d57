"""The translation sources (withings_gui/translations/*.ts): one per language, every text
the sources mark translated, with the same placeholders, markup and one accelerator."""

from __future__ import annotations

import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from withings_gui.core.config import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "withings_gui" / "translations"
TRANSLATED = [language for language in LANGUAGES if language != "en"]
TAG = re.compile(r"</?\w+[^>]*>")
ACCELERATOR = re.compile(r"&(?!&)\S")


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message in a .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found.append((name, message.findtext("source"), message.find("translation")))
    return found


def placeholders(text: str) -> list[tuple[str, str | None, str | None]]:
    """The {name!conversion:spec} fields of a str.format text, sorted."""
    return sorted((name, conversion, spec) for _, name, spec, conversion
                  in string.Formatter().parse(text) if name is not None)


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_text_is_translated(language):
    found = messages(FOLDER / f"withings_gui_{language}.ts")
    assert len(found) > 200
    unfinished = [(context, source) for context, source, translation in found
                  if translation.get("type") is not None or not (translation.text or "")]
    assert not unfinished, unfinished


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_placeholders_markup_and_one_accelerator(language):
    wrong = []
    for context, source, translation in messages(FOLDER / f"withings_gui_{language}.ts"):
        text = translation.text or ""
        if placeholders(text) != placeholders(source):
            wrong.append(f"{context}: placeholders of {text!r}")
        if sorted(TAG.findall(text)) != sorted(TAG.findall(source)):
            wrong.append(f"{context}: markup of {text!r}")
        if len(ACCELERATOR.findall(text)) != len(ACCELERATOR.findall(source)):
            wrong.append(f"{context}: accelerator of {text!r}")
    assert not wrong, "\n".join(wrong)


@pytest.fixture(scope="module")
def in_the_code(tmp_path_factory) -> set[tuple[str, str]]:
    """(context, source) of every text pyside6-lupdate finds in the package today."""
    ts = tmp_path_factory.mktemp("lupdate") / "found.ts"
    sources = sorted(str(path) for path in (ROOT / "withings_gui").rglob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-silent", "-locations", "none", *sources, "-ts", str(ts)],
                   check=True, timeout=300)
    return {(context, source) for context, source, _ in messages(ts)}


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_file_holds_the_texts_of_the_code_and_no_other(language, in_the_code):
    found = {(context, source) for context, source, _
             in messages(FOLDER / f"withings_gui_{language}.ts")}
    assert sorted(in_the_code - found) == [], \
        "run scripts/build-translations --update and translate these"
    assert sorted(found - in_the_code) == [], "no longer in the code: remove them"


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_tray_menu_has_one_accelerator_per_letter(language):
    """Two entries of the tray menu on one letter: the second cannot be reached by key."""
    keys = [ACCELERATOR.search(translation.text).group(0)[1].lower()
            for context, source, translation in messages(FOLDER / f"withings_gui_{language}.ts")
            if context == "tray.menu" and ACCELERATOR.search(source)]
    assert keys and len(keys) == len(set(keys)), keys


def test_one_file_per_language_and_no_other():
    names = {path.name for path in FOLDER.glob("withings_gui_*.ts")}
    assert names == {f"withings_gui_{language}.ts" for language in TRANSLATED}
