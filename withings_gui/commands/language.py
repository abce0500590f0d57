"""The CLI's language: Qt's translations, loaded only when the user's language is not English.

The headless commands (``sync --once`` is the tray's sync child, run every few minutes) never
load Qt for English: the language is read from the setting, else from the POSIX locale
variables, without Qt. Only another language, or a system whose language only Qt can tell
(no LANG: Windows, macOS), makes a QCoreApplication with our translators installed.
"""

from __future__ import annotations

import os
from typing import Callable

from withings_gui.core.config import LANGUAGES
from withings_gui.core.messages import Message, Translate, untranslated

# Read in this order, as the C library (and Qt's QLocale.system) does.
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
_translate: Translate = untranslated


def language_from_environment(environ: dict[str, str] | None = None) -> str | None:
    """The language the locale variables name: one of LANGUAGES, "en" for C/POSIX or a
    language the app does not speak, None when none is set (then only Qt can tell)."""
    environ = os.environ if environ is None else environ
    for name in _LOCALE_VARIABLES:
        value = environ.get(name, "").strip()
        if not value:
            continue
        code = value.replace("-", "_").split("_")[0].split(".")[0].split("@")[0].lower()
        return code if code in LANGUAGES else "en"
    return None


def speak(setting: str | None) -> str:
    """Load the translations the CLI's output needs; returns the language chosen.

    ``setting``: Config.language ("" or None: the system's)."""
    global _translate
    language = setting if setting in LANGUAGES else language_from_environment()
    if language == "en":
        _translate = untranslated
        return language
    from PySide6.QtCore import QCoreApplication

    from withings_gui.gui.translation import install

    app = QCoreApplication.instance() or QCoreApplication(["withings-gui"])
    chosen = install(app, language)
    _translate = untranslated if chosen == "en" else QCoreApplication.translate
    return chosen


def translate(context: str, source: str) -> str:
    """A CLI text in the chosen language (lupdate reads ``translate("cli.x", "...")``)."""
    return _translate(context, source)


def shown(message: Message) -> str:
    """A core message in the chosen language."""
    return message.render(_translate)


def names_translator() -> Callable[[str, str], str] | None:
    """What the sync names Home Assistant's entities with: None for English (the classic
    names), else the translate function of the chosen language."""
    return None if _translate is untranslated else _translate
