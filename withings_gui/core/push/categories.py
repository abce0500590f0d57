"""Withings' notification categories (``appli``) and the sync streams each one changes."""

from __future__ import annotations

from withings_gui.core.errors import Explained
from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message

# What we subscribe: 1 weight and body composition, 4 blood pressure / heart rate / SpO2,
# 16 activity (steps, workouts), 44 sleep (developer.withings.com, "Notification content").
APPLIS = (1, 4, 16, 44)
# ECG recordings (appli 54) are read only for profiles that opted in (Profile.read_ecg).
ECG_APPLI = 54
STREAMS_OF_APPLI: dict[int, tuple[str, ...]] = {
    1: ("measures",), 4: ("measures",), 16: ("activity", "workouts"), 44: ("sleep",),
    ECG_APPLI: ("ecg",)}


class CategoryError(Explained, ValueError):
    """A list of categories that is not one; the message is one line for the user."""


def parse_applis(text: str) -> tuple[int, ...]:
    """``"1,4"`` → ``(1, 4)``; CategoryError for anything else (sorted, no repeats)."""
    known = ", ".join(str(appli) for appli in STREAMS_OF_APPLI)
    found: set[int] = set()
    for part in (text or "").split(","):
        part = part.strip()
        if not (part.isascii() and part.isdigit() and int(part) in STREAMS_OF_APPLI):
            shown = ascii(part)
            shown = shown if len(shown) <= 20 else shown[:19] + "…"
            raise CategoryError(Message("core.push", QT_TRANSLATE_NOOP(
                "core.push", "{value} is not a notification category this app reads (give "
                "some of {known}, separated by commas)"), {"value": shown, "known": known}))
        found.add(int(part))
    return tuple(sorted(found))


def streams_for(applis: tuple[int, ...] | list[int]) -> frozenset[str]:
    """The sync streams that hold the data of these categories."""
    return frozenset(stream for appli in applis for stream in STREAMS_OF_APPLI.get(appli, ()))
