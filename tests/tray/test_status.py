import time

from withings_gui.core.config import Config, Profile
from withings_gui.core.sync_result import SyncResult, SyncState
from withings_gui.tray.icon import TrayState
from withings_gui.tray.status import derive_status

NOW = 1_700_000_000


def config(unit="kg"):
    return Config(client_id="x", profiles={"alice": Profile("alice", "Alice", unit)})


def result(state=SyncState.OK, weight=72.4):
    return SyncResult("alice", state, "message here", latest_weight_kg=weight,
                      latest_weight_at=NOW - 3600)


def test_states_in_priority_order():
    assert derive_status(config(), None, False, False, None, NOW).state is TrayState.STARTING
    assert derive_status(config(), [result()], True, False, NOW, NOW).state is TrayState.SYNCING
    assert derive_status(config(), [result()], True, True, NOW, NOW).state is TrayState.PAUSED
    assert derive_status(config(), [result()], False, False, NOW, NOW).state is TrayState.OK
    assert derive_status(config(), [result(SyncState.NEEDS_REAUTH)], False, False, NOW,
                         NOW).state is TrayState.NEEDS_REAUTH
    assert derive_status(config(), [result(SyncState.HA_UNREACHABLE)], False, False, NOW,
                         NOW).state is TrayState.ERROR


def test_stale_after_three_intervals_without_success():
    ok = derive_status(config(), [result()], False, False, NOW - 14 * 60, NOW)
    stale = derive_status(config(), [result()], False, False, NOW - 16 * 60, NOW)
    assert ok.state is TrayState.OK
    assert stale.state is TrayState.STALE and "16 minutes" in stale.message


def test_pounds_and_texts():
    status = derive_status(config("lb"), [result()], False, False, NOW, NOW)
    assert status.unit == "lb" and status.weight == 159.61
    assert "159.6 lb" in status.tooltip() and "Last sync" in status.tooltip()
    # A message titled "Withings GUI" (a second launch's) gets the rest, not the title again.
    assert status.tooltip() == f"Withings GUI\n{status.details()}"
    assert status.details().startswith("159.6 lb, weighed ")
    assert status.menu_line() == "159.6 lb — up to date"
    both = derive_status(config("both"), [result()], False, False, NOW, NOW)
    assert both.unit == "kg" and both.weight == 72.4


def test_tooltip_times_say_today_or_the_date(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        today = time.time()
        earlier = 1_700_000_000  # 2023-11-14 22:13 UTC
        text = derive_status(config(), [result()], False, False, today, NOW).tooltip()
        assert f"Last sync: today {time.strftime('%H:%M', time.gmtime(today))}" in text
        old = derive_status(config(), [result()], False, False, earlier, NOW).tooltip()
        assert "Last sync: 14 Nov 2023 22:13" in old and "weighed 14 Nov 2023 21:13" in old
    finally:
        monkeypatch.undo()
        time.tzset()
