"""Texts for the user as ids plus values, translated where they are shown.

The core never imports Qt, so it cannot translate. It names each text by Qt's two keys, a
context and the English source, and leaves the translation to the GUI or CLI that shows it
(``withings_gui.gui.translation.shown``). Logs keep the English (``Message.english()``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

# (context, source, disambiguation, n) -> translated source, QCoreApplication.translate's shape
Translate = Callable[[str, str, Any, int], str]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - lupdate's name
    """Marks a text for pyside6-lupdate and returns it unchanged; translated when shown."""
    return source


def _untranslated(context: str, source: str, disambiguation: Any = None, n: int = -1) -> str:
    return source


@dataclass(frozen=True)
class Message:
    """One text for the user: ``source`` is English with ``{name}`` placeholders filled
    from ``values``. A value may itself be a Message (an error inside a sync result); it
    is rendered in the same language. ``count``, when set, is Qt's plural number: the
    source then says ``%n`` where the count goes."""

    context: str
    source: str
    values: Mapping[str, Any] = field(default_factory=dict, hash=False)
    count: int | None = None

    def render(self, translate: Translate) -> str:
        """The text in the language ``translate`` speaks (QCoreApplication.translate)."""
        n = -1 if self.count is None else self.count
        text = translate(self.context, self.source, None, n)
        if self.count is not None:
            # Untranslated sources keep %n: Qt only fills it in when a translation exists
            text = text.replace("%n", str(self.count))
        values = {
            key: value.render(translate) if isinstance(value, Message) else value
            for key, value in self.values.items()
        }
        return text.format(**values) if values else text

    def english(self) -> str:
        """The English text, for logs and for tests that read what the user saw."""
        return self.render(_untranslated)

    def __str__(self) -> str:
        return self.english()

    def to_json(self) -> dict[str, Any]:
        """The JSON form the sync child prints, so the tray translates it."""
        return {
            "context": self.context,
            "source": self.source,
            "values": {
                key: value.to_json() if isinstance(value, Message) else value
                for key, value in self.values.items()
            },
            "count": self.count,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Message:
        """Reads back ``to_json``; a value that is itself such a mapping is a Message."""
        values = {
            key: cls.from_json(value) if _looks_like_message(value) else value
            for key, value in dict(data.get("values") or {}).items()
        }
        return cls(str(data["context"]), str(data["source"]), values, data.get("count"))


def _looks_like_message(value: object) -> bool:
    return isinstance(value, Mapping) and "context" in value and "source" in value



def verbatim(text: str) -> Message:
    """A text that is not translated (a server's own words, a path): shown as it is."""
    return Message("", "{text}", {"text": text})


def joined(parts: list[Message], separator: str = " ") -> Message:
    """Sentences shown one after the other, each translated on its own."""
    source = separator.join(f"{{part{index}}}" for index in range(len(parts)))
    return Message("", source, {f"part{index}": part for index, part in enumerate(parts)})


def message_of(error: BaseException) -> Message:
    """What to show the user for an exception: its Message when it carries one (``.text``,
    see core/errors.py), else its own words."""
    text = getattr(error, "text", None)
    return text if isinstance(text, Message) else verbatim(str(error))
