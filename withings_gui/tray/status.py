"""What the tray shows, derived from sync results: state, weight in the chosen unit, texts.

Qt-free like the core: the texts are Messages, and each method that returns one as a str
takes the ``translate`` of the caller (QCoreApplication.translate in the tray; English when
left out, as logs and tests read them).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from withings_gui.core.config import Config, Profile
from withings_gui.core.local_dates import UNKNOWN, clock_time, date_of
from withings_gui.core.messages import (QT_TRANSLATE_NOOP, Message, Translate, as_message,
                                        joined, untranslated, verbatim)
from withings_gui.core.timekeeping import FUTURE_SKEW
from withings_gui.core.trend import Direction, direction, trend_text
from withings_gui.core.units import in_display_unit, mass_text
from withings_gui.tray.state import TrayState, is_drawable_kg

if TYPE_CHECKING:  # results arrive with the first sync, after the icon is up
    from withings_gui.core.sync_result import SyncResult


APP_TITLE = "Withings GUI"  # the app's name, in every language
C = "tray.status"
# The states as words (TrayState's values are ids); capitalised where a line starts with them.
STATE_WORDS = {
    TrayState.STARTING: QT_TRANSLATE_NOOP("tray.status", "starting"),
    TrayState.SYNCING: QT_TRANSLATE_NOOP("tray.status", "syncing"),
    TrayState.OK: QT_TRANSLATE_NOOP("tray.status", "up to date"),
    TrayState.STALE: QT_TRANSLATE_NOOP("tray.status", "stale"),
    TrayState.ERROR: QT_TRANSLATE_NOOP("tray.status", "error"),
    TrayState.NEEDS_REAUTH: QT_TRANSLATE_NOOP("tray.status", "needs re-authorization"),
    TrayState.PAUSED: QT_TRANSLATE_NOOP("tray.status", "paused"),
}
STALE_INTERVALS = 3
# Times outside 1970..9999 are no dates a sync can have seen (seconds sent as milliseconds).
LAST_DATABLE = 253_402_300_799


@dataclass(frozen=True)
class TrayStatus:
    state: TrayState
    weight: float | None
    unit: str
    weighed_at: int | None
    last_success: float | None
    said: Message | str  # why the state is what it is (a str: said as it is)
    # The clock's time when derived: "today" and "ahead of this clock" are judged against it.
    as_of: float | None = None
    # kg per 7 days (core/trend.py), from the last sync; None: no trend, or not known yet.
    trend_kg: float | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "said", as_message(self.said))

    @property
    def message(self) -> str:
        """Why the state is what it is, in English (logs)."""
        return self.said.english()

    def tooltip(self, translate: Translate = untranslated) -> str:
        return f"{APP_TITLE}\n{self.details(translate)}"

    def details(self, translate: Translate = untranslated) -> str:
        """The tooltip without its title: for messages that have a title of their own."""
        lines: list[Message] = []
        if self.weight is not None:
            lines.append(Message(C, QT_TRANSLATE_NOOP("tray.status", "{weight}, weighed {when}"),
                                 {"weight": self.weight_text(),
                                  "when": _when(self.weighed_at, self.as_of)}))
            trend = self._trend()
            if trend is not None:
                lines.append(trend)
        else:
            lines.append(Message(C, QT_TRANSLATE_NOOP("tray.status", "No weigh-in yet")))
        last_sync = _when(self.last_success, self.as_of) if self.last_success else \
            Message(C, QT_TRANSLATE_NOOP("tray.status", "not yet"))
        lines.append(Message(C, QT_TRANSLATE_NOOP("tray.status", "Last sync: {when}"),
                             {"when": last_sync}))
        texts = [line.render(translate) for line in lines]
        if self.state not in (TrayState.OK, TrayState.STARTING):
            state = _capitalised(self.state_word(translate))
            said = self.said.render(translate)
            texts.append(Message(C, QT_TRANSLATE_NOOP("tray.status", "{state}: {why}"),
                                 {"state": state, "why": said}).render(translate)
                         if said else state)
        return "\n".join(texts)

    def state_word(self, translate: Translate = untranslated) -> str:
        """ "up to date", "stale", ...: the state as the menu says it."""
        return translate(C, STATE_WORDS[self.state])

    def menu_line(self, translate: Translate = untranslated) -> str:
        values = {"weight": self.weight_text() if self.weight is not None else
                  Message(C, QT_TRANSLATE_NOOP("tray.status", "No weight yet")),
                  "state": Message(C, STATE_WORDS[self.state])}
        trend = self._trend()
        if trend is None:
            line = Message(C, QT_TRANSLATE_NOOP("tray.status", "{weight} — {state}"), values)
        else:
            line = Message(C, QT_TRANSLATE_NOOP("tray.status", "{weight}, {trend} — {state}"),
                           {**values, "trend": trend})
        return line.render(translate)

    def trend_line(self, translate: Translate = untranslated) -> str:
        """ "−0.8 kg in 7 days" in the profile's unit (pounds for stones); "" without a
        trend or a weight to go with it."""
        trend = self._trend()
        return "" if trend is None else trend.render(translate)

    def _trend(self) -> Message | None:
        if self.weight is None or self.trend_kg is None:
            return None
        return trend_text(self.trend_kg, self.unit)

    def trend_direction(self) -> Direction | None:
        """What the icon's arrow shows; None (no arrow) without a weight or a trend."""
        return None if self.weight is None else direction(self.trend_kg)

    def weight_text(self) -> str:
        """The weight as Withings sent it, without trailing zeros ("72.35 kg", "70 kg"); in
        pounds at the 2 decimals of the conversion; in stones as people say it ("11 st 2 lb",
        whole pounds). Only the icon, 4 characters wide, shortens it."""
        if self.weight is None:
            return ""
        if self.unit == "st":
            return mass_text(self.weight, self.unit)
        shown = int(self.weight) if float(self.weight).is_integer() else self.weight
        return f"{shown} {self.unit}"


def shown_profile(config: Config) -> Profile | None:
    """The profile whose weight the tray shows: the first one set up."""
    return next(iter(config.profiles.values()), None)


def derive_status(config: Config, results: list[SyncResult] | None, syncing: bool,
                  paused: bool, last_success: float | None,
                  now: float | None = None,
                  stored: tuple[float, int] | None = None,
                  failure: Message | str | None = None) -> TrayStatus:
    """``stored`` is the last weight (kg, time) the tray showed (tray/last_weight.py), drawn
    until the first sync brings the current one. ``failure``: why the last sync pass broke
    off without results, if it did; the results before it are then no longer current."""
    now = time.time() if now is None else now
    profile = shown_profile(config)
    unit = profile.display_unit if profile else "kg"
    primary = next((r for r in results or [] if profile and r.profile == profile.slug), None)
    weight = primary.latest_weight_kg if primary else None
    weighed_at = primary.latest_weight_at if primary else None
    trend_kg = primary.weight_trend_kg if primary else None
    if primary is None and stored is not None:
        weight, weighed_at = stored
    if not is_drawable_kg(weight):  # the icon draws a dash; the texts say "no weigh-in"
        weight, weighed_at, trend_kg = None, None, None
    if weight is not None:
        weight = in_display_unit(weight, unit)
    message: Message | str = primary.summary if primary else ""
    if paused:
        state = TrayState.PAUSED
    elif syncing:
        state = TrayState.SYNCING
    elif failure is not None:
        state, message = TrayState.ERROR, failure
    elif not results:
        state = TrayState.STARTING
    else:
        state, message = _worst_of(results, primary)
    stale_after = STALE_INTERVALS * config.interval_minutes * 60
    # A last success "in the future" (the clock was set back since) is no reason for alarm:
    # the syncs that follow keep moving it, or fail and say so.
    if state in (TrayState.OK, TrayState.ERROR) and last_success is not None \
            and now - last_success > stale_after:
        state = TrayState.STALE
        message = Message(C, QT_TRANSLATE_NOOP("tray.status", "no successful sync for {age}"),
                          {"age": age(now - last_success)})
    return TrayStatus(state, weight, unit, weighed_at, last_success, message, now, trend_kg)


# (one, more than one) of each unit of age_text
_AGE_UNITS = {
    "minute": (QT_TRANSLATE_NOOP("tray.status", "1 minute"),
               QT_TRANSLATE_NOOP("tray.status", "{count} minutes")),
    "hour": (QT_TRANSLATE_NOOP("tray.status", "1 hour"),
             QT_TRANSLATE_NOOP("tray.status", "{count} hours")),
    "day": (QT_TRANSLATE_NOOP("tray.status", "1 day"),
            QT_TRANSLATE_NOOP("tray.status", "{count} days")),
    "year": (QT_TRANSLATE_NOOP("tray.status", "1 year"),
             QT_TRANSLATE_NOOP("tray.status", "{count} years")),
}


def age(seconds: float) -> Message:
    """ "16 minutes", "5 hours", "3 days", "2 years": never negative, whatever the clock did."""
    minutes = int(min(seconds, 1e15) // 60) if seconds > 0 else 0  # NaN fails the test too
    for unit, size, up_to in (("minute", 1, 120), ("hour", 60, 48 * 60),
                              ("day", 24 * 60, 730 * 24 * 60)):
        if minutes < up_to:
            return _plural(minutes // size, unit)
    return _plural(minutes // (365 * 24 * 60), "year")


def age_text(seconds: float) -> str:
    """``age`` in English."""
    return age(seconds).english()


def _plural(count: int, unit: str) -> Message:
    one, more = _AGE_UNITS[unit]
    return Message(C, one) if count == 1 else Message(C, more, {"count": count})


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _state_of(result: SyncResult) -> TrayState:
    if result.needs_reauth:
        return TrayState.NEEDS_REAUTH
    return TrayState.OK if result.ok else TrayState.ERROR


def _worst_of(results: list[SyncResult],
              primary: SyncResult | None) -> tuple[TrayState, Message | str]:
    """The state of the pass: "up to date" only when every profile's pass went well; a
    failure of another person than the one shown is named, or it would read as theirs."""
    failed = [r for r in results if not r.ok]
    if not failed:
        return TrayState.OK, primary.summary if primary else ""
    worst = next((r for r in failed if r.needs_reauth), failed[0])
    if primary is not None and not primary.ok and _state_of(primary) is _state_of(worst):
        return _state_of(primary), primary.summary
    return _state_of(worst), Message(C, QT_TRANSLATE_NOOP("tray.status", "{profile}: {why}"),
                                     {"profile": worst.profile, "why": worst.summary})


def _when(timestamp: float | None, now: float | None = None) -> Message:
    if not timestamp:
        return Message(C, QT_TRANSLATE_NOOP("tray.status", "never"))
    if not isinstance(timestamp, (int, float)) or not 0 < timestamp <= LAST_DATABLE:
        return UNKNOWN
    now = time.time() if now is None else now
    # time, not datetime: the datetime module would cost the tray's memory for two lines.
    try:
        moment = time.localtime(timestamp)
        today = moment[:3] == time.localtime(now)[:3]
    except (OverflowError, OSError, ValueError):  # past what the C library can date
        return UNKNOWN
    when = Message(C, QT_TRANSLATE_NOOP("tray.status", "today {time}"),
                   {"time": clock_time(moment)}) if today else \
        joined([date_of(moment), verbatim(clock_time(moment))])
    if timestamp > now + FUTURE_SKEW:
        return Message(C, QT_TRANSLATE_NOOP("tray.status",
                                            "{when} (ahead of this computer's clock)"),
                       {"when": when})
    return when
