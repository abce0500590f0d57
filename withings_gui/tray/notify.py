"""Which sync outcomes deserve a notification: a new weigh-in, or trouble only the user can fix."""

from __future__ import annotations

from dataclasses import dataclass

from withings_gui.tray.state import TrayState
from withings_gui.tray.status import TrayStatus


@dataclass(frozen=True)
class Notice:
    title: str
    text: str
    critical: bool = False


def notices_for(previous: TrayStatus | None, current: TrayStatus,
                new_weigh_ins: bool) -> list[Notice]:
    notices = []
    if new_weigh_ins and current.weight is not None and previous is not None and \
            previous.weighed_at is not None and current.weighed_at != previous.weighed_at:
        notices.append(Notice("New weigh-in", current.weight_text()))
    if current.state is TrayState.NEEDS_REAUTH and (
            previous is None or previous.state is not TrayState.NEEDS_REAUTH):
        notices.append(Notice("Withings needs you to log in again",
                              "Choose Re-authorize in the tray menu. " + current.message, True))
    return notices
