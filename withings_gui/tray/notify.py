"""Which sync outcomes deserve a notification: a new weigh-in, or trouble only the user can fix
(a login to renew, a battery turned low)."""

from __future__ import annotations

from dataclasses import dataclass

from withings_gui.core.messages import (QT_TRANSLATE_NOOP, Message, Translate, listed,
                                        untranslated, verbatim)
from withings_gui.core.sync_result import SyncResult
from withings_gui.tray.state import TrayState
from withings_gui.tray.status import TrayStatus


C = "tray.notify"


@dataclass(frozen=True)
class Notice:
    """A notice as shown: its texts are in the user's language already."""
    title: str
    text: str
    critical: bool = False


def notices_for(previous: TrayStatus | None, current: TrayStatus, new_weigh_ins: bool,
                translate: Translate = untranslated) -> list[Notice]:
    notices = []
    if new_weigh_ins and current.weight is not None and previous is not None and \
            previous.weighed_at is not None and current.weighed_at != previous.weighed_at:
        notices.append(Notice(translate(C, QT_TRANSLATE_NOOP("tray.notify", "New weigh-in")),
                              current.weight_text()))
    if current.state is TrayState.NEEDS_REAUTH and (
            previous is None or previous.state is not TrayState.NEEDS_REAUTH):
        text = Message(C, QT_TRANSLATE_NOOP(
            "tray.notify", "Choose Re-authorize in the tray menu. {why}"),
            {"why": current.said})
        notices.append(Notice(translate(C, QT_TRANSLATE_NOOP(
            "tray.notify", "Withings needs you to log in again")),
            text.render(translate).rstrip(), True))
    return notices


def battery_notices(results: list[SyncResult], name_profiles: bool,
                    translate: Translate = untranslated) -> list[Notice]:
    """One notice per profile whose devices' batteries turned low in this pass (the sync says
    so once per change). Not behind the weigh-in setting: like a login to renew, only the
    user can fix it, and it comes at most once per battery.
    ``name_profiles``: say whose devices they are (several people share the tray)."""
    notices = []
    for result in results:
        names = result.low_batteries
        if not names:
            continue
        devices = listed([verbatim(name) for name in names])
        if name_profiles:  # "Body+ (alice)"
            devices = Message(C, QT_TRANSLATE_NOOP("tray.notify", "{devices} ({profile})"),
                              {"devices": devices, "profile": result.profile})
        if len(names) == 1:
            text = Message(C, QT_TRANSLATE_NOOP(
                "tray.notify", "{device}: its battery is low. Charge it or change the "
                "batteries."), {"device": devices})
        else:
            text = Message(C, QT_TRANSLATE_NOOP(
                "tray.notify", "{devices}: their batteries are low. Charge them or change the "
                "batteries."), {"devices": devices})
        notices.append(Notice(translate(C, QT_TRANSLATE_NOOP("tray.notify",
                                                             "Withings battery low")),
                              text.render(translate)))
    return notices
