"""Dates as the user reads them ("30 Nov 2026 07:12"), as Messages: the month's name and
the order of day, month and year are the translation's.

``time``, not ``datetime``: the tray imports this and keeps its memory small.
"""

from __future__ import annotations

import time

from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message

C = "core.dates"
MONTHS = (QT_TRANSLATE_NOOP("core.dates", "Jan"), QT_TRANSLATE_NOOP("core.dates", "Feb"),
          QT_TRANSLATE_NOOP("core.dates", "Mar"), QT_TRANSLATE_NOOP("core.dates", "Apr"),
          QT_TRANSLATE_NOOP("core.dates", "May"), QT_TRANSLATE_NOOP("core.dates", "Jun"),
          QT_TRANSLATE_NOOP("core.dates", "Jul"), QT_TRANSLATE_NOOP("core.dates", "Aug"),
          QT_TRANSLATE_NOOP("core.dates", "Sep"), QT_TRANSLATE_NOOP("core.dates", "Oct"),
          QT_TRANSLATE_NOOP("core.dates", "Nov"), QT_TRANSLATE_NOOP("core.dates", "Dec"))
UNKNOWN = Message(C, QT_TRANSLATE_NOOP("core.dates", "(date unknown)"))


def local_date(timestamp: float) -> Message:
    """ "30 Nov 2026" in local time; "(date unknown)" past what the C library can date."""
    try:
        moment = time.localtime(timestamp)
    except (OverflowError, OSError, ValueError):
        return UNKNOWN
    return date_of(moment)


def date_of(moment: time.struct_time) -> Message:
    return Message(C, QT_TRANSLATE_NOOP("core.dates", "{day} {month} {year}"),
                   {"day": f"{moment.tm_mday:02d}",
                    "month": Message(C, MONTHS[moment.tm_mon - 1]), "year": moment.tm_year})


def clock_time(moment: time.struct_time) -> str:
    """ "07:12": the 24-hour clock, read alike in all the app's languages."""
    return f"{moment.tm_hour:02d}:{moment.tm_min:02d}"
