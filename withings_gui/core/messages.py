"""Texts for the user as ids plus values, translated where they are shown.

The core never imports Qt, so it cannot translate. It names each text by Qt's two keys, a
context and the English source, and leaves the translation to the GUI or CLI that shows it
(``withings_gui.gui.translation.shown``). Logs keep the English (``Message.english()``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

# (context, source) -> the source in the user's language: QCoreApplication.translate
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - lupdate's name
    """Marks a text for pyside6-lupdate and returns it unchanged; translated when shown."""
    return source


def untranslated(context: str, source: str) -> str:
    """The Translate that keeps the English source."""
    return source


@dataclass(frozen=True)
class Message:
    """One text for the user: ``source`` is English with ``{name}`` placeholders filled
    from ``values``. A value may itself be a Message (an error inside a sync result); it
    is rendered in the same language. Counts pick one of two sources where they are made
    ("1 new measurement" / "{count} new measurements"): QT_TRANSLATE_NOOP has no plural
    forms."""

    context: str
    source: str
    values: Mapping[str, Any] = field(default_factory=dict, hash=False)
    # A name used inside a sentence ("the newest fat mass"): English lowers its first
    # letter; a translation keeps the case it gives (German nouns keep their capital).
    in_sentence: bool = False

    def render(self, translate: Translate) -> str:
        """The text in the language ``translate`` speaks (QCoreApplication.translate)."""
        values = {
            key: value.render(translate) if isinstance(value, Message) else value
            for key, value in self.values.items()
        }
        # A translation that names a placeholder the source does not (or a stray brace)
        # must not cost the user the message: then the English says it.
        translated = translate(self.context, self.source)
        if self.in_sentence and translated == self.source:
            translated = _lower_first(translated)
        for text in (translated, self.source):
            try:
                return text.format_map(_Known(values))
            except (KeyError, ValueError, IndexError, AttributeError):
                continue
        return self.source

    def english(self) -> str:
        """The English text, for logs and for tests that read what the user saw."""
        return self.render(untranslated)

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
            "in_sentence": self.in_sentence,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Message:
        """Reads back ``to_json``; a value that is itself such a mapping is a Message."""
        values = {
            key: cls.from_json(value) if _looks_like_message(value) else value
            for key, value in dict(data.get("values") or {}).items()
        }
        return cls(str(data["context"]), str(data["source"]), values,
                   bool(data.get("in_sentence")))


def _lower_first(name: str) -> str:
    """"Fat mass" → "fat mass"; "SpO2" and "VO2 max" stay as they are."""
    first = name.split(" ", 1)[0]
    return name[0].lower() + name[1:] if first[1:].islower() else name


class _Known(dict):
    """The values for str.format_map; a placeholder without one stays as it is written."""

    def __missing__(self, key: str) -> str:
        return f"{{{key}}}"


def _looks_like_message(value: object) -> bool:
    return isinstance(value, Mapping) and "context" in value and "source" in value



def verbatim(text: str) -> Message:
    """A text that is not translated (a server's own words, a path): shown as it is."""
    return Message("", "{text}", {"text": text})


def as_message(text: Message | str) -> Message:
    """``text`` itself when it is a Message, else its words shown as they are."""
    return text if isinstance(text, Message) else verbatim(str(text))


def joined(parts: list[Message], separator: str = " ") -> Message:
    """Sentences shown one after the other, each translated on its own."""
    source = separator.join(f"{{part{index}}}" for index in range(len(parts)))
    return Message("", source, {f"part{index}": part for index, part in enumerate(parts)})


def listed(words: list[Message], conjunction: str = "and") -> Message:
    """ "weight, fat mass and bone mass" ("or": "Body+ or Body Scan"), the comma and the
    conjunction in the user's language; ``words`` must not be empty."""
    if len(words) == 1:
        return words[0]
    source = QT_TRANSLATE_NOOP("core.messages", "{first} and {last}") if conjunction == "and" \
        else QT_TRANSLATE_NOOP("core.messages", "{first} or {last}")
    comma = Message("core.messages", QT_TRANSLATE_NOOP("core.messages", ", "))
    return Message("core.messages", source,
                   {"first": _separated(words[:-1], comma), "last": words[-1]})


def _separated(words: list[Message], separator: Message) -> Message:
    values: dict[str, Any] = {"separator": separator}
    parts = []
    for index, word in enumerate(words):
        values[f"part{index}"] = word
        parts.append(f"{{part{index}}}")
    return Message("", "{separator}".join(parts), values)


def message_of(error: BaseException) -> Message:
    """What to show the user for an exception: its Message when it carries one (``.text``,
    see core/errors.py), else its own words."""
    text = getattr(error, "text", None)
    return text if isinstance(text, Message) else verbatim(str(error))
