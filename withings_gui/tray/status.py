"""What the tray shows, derived from sync results: state, weight in the chosen unit, texts."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from withings_gui.core.config import Config, Profile
from withings_gui.core.units import to_pounds
from withings_gui.tray.icon import TrayState

if TYPE_CHECKING:  # results arrive with the first sync, after the icon is up
    from withings_gui.core.sync_result import SyncResult


APP_TITLE = "Withings GUI"
STALE_INTERVALS = 3


@dataclass(frozen=True)
class TrayStatus:
    state: TrayState
    weight: float | None
    unit: str
    weighed_at: int | None
    last_success: float | None
    message: str

    def tooltip(self) -> str:
        return f"{APP_TITLE}\n{self.details()}"

    def details(self) -> str:
        """The tooltip without its title: for messages that have a title of their own."""
        lines = []
        if self.weight is not None:
            lines.append(f"{self.weight:.1f} {self.unit}, weighed {_when(self.weighed_at)}")
        else:
            lines.append("No weigh-in yet")
        lines.append(f"Last sync: {_when(self.last_success) if self.last_success else 'not yet'}")
        if self.state not in (TrayState.OK, TrayState.STARTING):
            lines.append(f"{self.state.value.capitalize()}: {self.message}".rstrip(": "))
        return "\n".join(lines)

    def menu_line(self) -> str:
        weight = f"{self.weight:.1f} {self.unit}" if self.weight is not None else "No weight yet"
        return f"{weight} — {self.state.value}"


def shown_profile(config: Config) -> Profile | None:
    """The profile whose weight the tray shows: the first one set up."""
    return next(iter(config.profiles.values()), None)


def derive_status(config: Config, results: list[SyncResult] | None, syncing: bool,
                  paused: bool, last_success: float | None,
                  now: float | None = None,
                  stored: tuple[float, int] | None = None) -> TrayStatus:
    """``stored`` is the last weight (kg, time) the tray showed (tray/last_weight.py), drawn
    until the first sync brings the current one."""
    now = time.time() if now is None else now
    profile = shown_profile(config)
    unit = profile.display_unit if profile else "kg"
    primary = next((r for r in results or [] if profile and r.profile == profile.slug), None)
    weight = primary.latest_weight_kg if primary else None
    weighed_at = primary.latest_weight_at if primary else None
    if primary is None and stored is not None:
        weight, weighed_at = stored
    if weight is not None and unit == "lb":
        weight = to_pounds(weight)
    message = primary.message if primary else ""
    if paused:
        state = TrayState.PAUSED
    elif syncing:
        state = TrayState.SYNCING
    elif primary is None:
        state = TrayState.STARTING
    else:
        state = _state_of(primary)
    stale_after = STALE_INTERVALS * config.interval_minutes * 60
    if state in (TrayState.OK, TrayState.ERROR) and last_success is not None \
            and now - last_success > stale_after:
        state = TrayState.STALE
        message = f"no successful sync for {int((now - last_success) // 60)} minutes"
    return TrayStatus(state, weight, unit, weighed_at, last_success, message)


def _state_of(result: SyncResult) -> TrayState:
    if result.needs_reauth:
        return TrayState.NEEDS_REAUTH
    return TrayState.OK if result.ok else TrayState.ERROR


def _when(timestamp: float | None) -> str:
    if not timestamp:
        return "never"
    # time, not datetime: the datetime module would cost the tray's memory for two lines.
    moment = time.localtime(timestamp)
    if moment[:3] == time.localtime()[:3]:
        return time.strftime("today %H:%M", moment)
    return time.strftime("%d %b %Y %H:%M", moment)
