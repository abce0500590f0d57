"""The app's language: which translations are loaded, and core messages shown in it.

English is the source language; the others are compiled ``.qm`` files next to this package
(``withings_gui/translations``, built by ``scripts/build-translations``) plus Qt's own
``qtbase_<lang>.qm`` for its buttons and dialogs (Back / Next / Cancel)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from withings_gui.core.config import LANGUAGES
from withings_gui.core.messages import Message

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"


class ShownMessage(Protocol):
    """What ``shown`` needs: core.messages.Message has these (context, source, values)."""

    context: str
    source: str
    values: Any


def chosen_language(language: str | None) -> str:
    """The language to use: the setting when it names one we have, else the system's.

    ``None`` or "" follows the system's locale; a system language without a translation
    falls back to English."""
    if language in LANGUAGES:
        return language
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def language_name(language: str) -> str:
    """A language's name in itself ("Deutsch", "Français"): found by those who speak it."""
    if language == "en":  # Qt's own name for it is "American English"
        return QLocale.languageToString(QLocale.Language.English)
    name = QLocale(language).nativeLanguageName()
    return name[:1].upper() + name[1:]


def install(app: QCoreApplication, language: str | None) -> str:
    """Load the translations for ``language`` ("" or None: the system's) into ``app``.

    Returns the language now in use. A missing ``.qm`` (a source checkout where
    scripts/build-translations has not run) leaves that part in English."""
    chosen = chosen_language(language)
    for old in getattr(app, "_withings_translators", []):
        app.removeTranslator(old)
    translators = []
    if chosen != "en":
        for path in _files_for(chosen):
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)
                translators.append(translator)
    # Kept on the app: a translator that is garbage-collected stops translating.
    app._withings_translators = translators  # type: ignore[attr-defined]
    return chosen


def _files_for(language: str) -> list[Path]:
    """Our .qm files for ``language`` and Qt's own; a bundle ships Qt's next to ours."""
    files = [TRANSLATIONS_DIR / f"withings_gui_{language}.qm"]
    qt_name = f"qtbase_{language}.qm"
    bundled = TRANSLATIONS_DIR / qt_name
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    files.append(bundled if bundled.exists() else qt_dir / qt_name)
    return [path for path in files if path.exists()]


def shown(message: ShownMessage) -> str:
    """A core message in the app's language, its {placeholders} filled in (a value that is
    a message itself is shown in the same language)."""
    render = getattr(message, "render", None)
    if render is not None:  # core.messages.Message
        return render(QCoreApplication.translate)
    text = QCoreApplication.translate(message.context, message.source)
    return text.format(**dict(message.values or {}))


def shown_text(value: object) -> str:
    """What the user reads for ``value``: a message translated, an exception raised with a
    message (``SomeError(Message(...))``) translated, anything else as str() says it."""
    if isinstance(value, BaseException) and len(value.args) == 1:
        value = value.args[0]
    if isinstance(value, Message):
        return shown(value)
    return str(value)
