"""Which sync outcomes deserve a notification: a new weigh-in, or trouble only the user can fix
(a login to renew, a battery turned low)."""

from __future__ import annotations

from dataclasses import dataclass

from withings_gui.core.sync_result import SyncResult
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


def battery_notices(results: list[SyncResult], name_profiles: bool) -> list[Notice]:
    """One notice per profile whose devices' batteries turned low in this pass (the sync says
    so once per change). Not behind the weigh-in setting: like a login to renew, only the
    user can fix it, and it comes at most once per battery.
    ``name_profiles``: say whose devices they are (several people share the tray)."""
    notices = []
    for result in results:
        names = result.low_batteries
        if not names:
            continue
        whose = f" ({result.profile})" if name_profiles else ""
        if len(names) == 1:
            text = f"{names[0]}{whose}: its battery is low. Charge it or change the batteries."
        else:
            listed = ", ".join(names[:-1]) + f" and {names[-1]}"
            text = f"{listed}{whose}: their batteries are low. Charge them or change the " \
                   "batteries."
        notices.append(Notice("Withings battery low", text))
    return notices
