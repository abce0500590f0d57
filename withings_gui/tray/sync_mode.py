"""How the tray learns of new data, in words: live (Withings notifies us) or by checking.

A pure function of what the listener child last said (gui/listen_process.py), so the menu
and the scheduler's interval agree, and tests need no process.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SAFETY_PASS_S = 3600  # while live: a pass every hour, in case a notification was lost


@dataclass
class PushState:
    """What the tray knows about push; owned by TrayApp, fed by the listener's signals."""
    possible: bool = False  # HA is set up and reachable from the internet
    home_network_only: bool = False  # HA set up, but Withings cannot reach it
    listening: bool = False
    subscribed: dict[str, bool] = field(default_factory=dict)  # profile → Withings says yes
    problems: dict[str, str] = field(default_factory=dict)  # profile → why not
    reason: str = ""  # why the listener stopped, until it listens again

    @property
    def live(self) -> bool:
        """Every profile's notifications arrive: scheduled passes become a safety pass."""
        return self.possible and self.listening and bool(self.subscribed) and \
            all(self.subscribed.values())


@dataclass(frozen=True)
class SyncMode:
    live: bool
    headline: str
    why: str


def sync_mode(push: PushState, interval_minutes: int) -> SyncMode:
    checking = f"Checking every {_minutes(interval_minutes)}"
    if push.live:
        return SyncMode(True, "Live: Withings tells us about new weigh-ins",
                        "A safety check runs every hour.")
    if push.home_network_only:
        return SyncMode(False, checking, "Home Assistant is reachable only at home, so "
                                         "Withings cannot tell us about new weigh-ins.")
    if not push.possible:
        return SyncMode(False, checking, "Live updates need Home Assistant set up.")
    if push.listening:
        missing = [p for p, ok in push.subscribed.items() if not ok]
        if missing:
            first = missing[0]
            detail = push.problems.get(first, "")
            return SyncMode(False, checking, f"Withings notifications are not set up for "
                                             f"{first}" + (f": {detail}" if detail else "."))
        return SyncMode(False, checking, "Setting up Withings notifications…")
    if push.reason:
        return SyncMode(False, checking, f"Live updates paused: {push.reason}")
    return SyncMode(False, checking, "Connecting to Home Assistant for live updates…")


def _minutes(minutes: int) -> str:
    return "minute" if minutes == 1 else f"{minutes} minutes"
