"""How the tray learns of new data, in words: live (Withings notifies us) or by checking.

A pure function of what the listener child last said (gui/listen_process.py), so the menu
and the scheduler's interval agree, and tests need no process.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message

SAFETY_PASS_S = 3600  # while live: a pass every hour, in case a notification was lost
C = "tray.sync_mode"


@dataclass
class PushState:
    """What the tray knows about push; owned by TrayApp, fed by the listener's signals."""
    possible: bool = False  # HA is set up and reachable from the internet
    home_network_only: bool = False  # HA set up, but Withings cannot reach it
    listening: bool = False
    subscribed: dict[str, bool] = field(default_factory=dict)  # profile → Withings says yes
    problems: dict[str, Message] = field(default_factory=dict)  # profile → why not
    reason: Message | None = None  # why the listener stopped, until it listens again

    @property
    def live(self) -> bool:
        """Every profile's notifications arrive: scheduled passes become a safety pass."""
        return self.possible and self.listening and bool(self.subscribed) and \
            all(self.subscribed.values())


@dataclass(frozen=True)
class SyncMode:
    live: bool
    headline: Message
    why: Message


def sync_mode(push: PushState, interval_minutes: int) -> SyncMode:
    checking = Message(C, QT_TRANSLATE_NOOP("tray.sync_mode", "Checking every minute")) \
        if interval_minutes == 1 else Message(C, QT_TRANSLATE_NOOP(
            "tray.sync_mode", "Checking every {minutes} minutes"), {"minutes": interval_minutes})
    if push.live:
        return SyncMode(True, _says(QT_TRANSLATE_NOOP(
            "tray.sync_mode", "Live: Withings tells us about new weigh-ins")),
            _says(QT_TRANSLATE_NOOP("tray.sync_mode", "A safety check runs every hour.")))
    if push.home_network_only:
        return SyncMode(False, checking, _says(QT_TRANSLATE_NOOP(
            "tray.sync_mode", "Home Assistant is reachable only at home, so Withings cannot "
            "tell us about new weigh-ins.")))
    if not push.possible:
        return SyncMode(False, checking, _says(QT_TRANSLATE_NOOP(
            "tray.sync_mode", "Live updates need Home Assistant set up.")))
    if push.listening:
        missing = [p for p, ok in push.subscribed.items() if not ok]
        if missing:
            first = missing[0]
            detail = push.problems.get(first)
            if detail is None:
                return SyncMode(False, checking, Message(C, QT_TRANSLATE_NOOP(
                    "tray.sync_mode", "Withings notifications are not set up for {profile}."),
                    {"profile": first}))
            return SyncMode(False, checking, Message(C, QT_TRANSLATE_NOOP(
                "tray.sync_mode", "Withings notifications are not set up for {profile}: "
                "{problem}"), {"profile": first, "problem": detail}))
        return SyncMode(False, checking, _says(QT_TRANSLATE_NOOP(
            "tray.sync_mode", "Setting up Withings notifications…")))
    if push.reason is not None:
        return SyncMode(False, checking, Message(C, QT_TRANSLATE_NOOP(
            "tray.sync_mode", "Live updates paused: {reason}"), {"reason": push.reason}))
    return SyncMode(False, checking, _says(QT_TRANSLATE_NOOP(
        "tray.sync_mode", "Connecting to Home Assistant for live updates…")))


def _says(source: str) -> Message:
    return Message(C, source)
