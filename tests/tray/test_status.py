import re
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from withings_gui.core.config import Config, Profile
from withings_gui.core.sync_result import SyncResult, SyncState
from withings_gui.tray.state import TrayState
from withings_gui.tray.status import STALE_INTERVALS, age_text, derive_status

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
    assert "159.61 lb" in status.tooltip() and "Last sync" in status.tooltip()
    # A message titled "Withings GUI" (a second launch's) gets the rest, not the title again.
    assert status.tooltip() == f"Withings GUI\n{status.details()}"
    assert status.details().startswith("159.61 lb, weighed ")
    assert status.menu_line() == "159.61 lb — up to date"
    both = derive_status(config("both"), [result()], False, False, NOW, NOW)
    assert both.unit == "kg" and both.weight == 72.4


def test_stones_read_as_stones_and_pounds():
    status = derive_status(config("st"), [result(weight=70.76)], False, False, NOW, NOW)
    assert status.unit == "st" and status.weight == pytest.approx(156.0 / 14, abs=1e-3)
    assert status.details().startswith("11 st 2 lb, weighed ")
    assert status.menu_line() == "11 st 2 lb — up to date"


def test_tooltip_times_say_today_or_the_date(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        today = time.time()
        earlier = 1_700_000_000  # 2023-11-14 22:13 UTC
        text = derive_status(config(), [result()], False, False, today, today).tooltip()
        assert f"Last sync: today {time.strftime('%H:%M', time.gmtime(today))}" in text
        old = derive_status(config(), [result()], False, False, earlier, today).tooltip()
        assert "Last sync: 14 Nov 2023 22:13" in old and "weighed 14 Nov 2023 21:13" in old
    finally:
        monkeypatch.undo()
        time.tzset()


# -- a clock moved both ways, and values from a broken sync (issue 14) --------------------

MINUTE, YEAR = 60, 365 * 86400
# How far the wall clock moved since the last successful sync: minutes to years, either way.
clock_moves = st.integers(MINUTE, 5 * YEAR).flatmap(lambda s: st.sampled_from([s, -s])) \
    | st.integers(-10 * MINUTE, 10 * MINUTE)
NEGATIVE_NUMBER = re.compile(r"-\s*\d")


@pytest.fixture
def utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.hostile("tray status: clock moved minutes to years either way")
@settings(max_examples=1000, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(moved=clock_moves, state=st.sampled_from(SyncState),
       weighed=st.integers(-2 ** 63, 2 ** 63) | clock_moves.map(lambda s: NOW - s),
       failure=st.none() | st.just("The sync process was killed by signal 9."),
       syncing=st.booleans(), paused=st.booleans())
def test_any_clock_move_gives_honest_texts(utc, moved, state, weighed, failure, syncing,
                                           paused):
    now = NOW + moved
    results = [SyncResult("alice", state, "why", latest_weight_kg=72.4,
                          latest_weight_at=weighed)]
    status = derive_status(config(), results, syncing, paused, NOW, now, failure=failure)
    texts = status.tooltip() + "\n" + status.menu_line()
    assert not NEGATIVE_NUMBER.search(texts), texts
    if state is not SyncState.OK or failure is not None:
        assert status.state is not TrayState.OK and "up to date" not in texts
    if status.state is TrayState.STALE:
        assert moved > STALE_INTERVALS * 5 * 60 and "no successful sync for " in texts


@pytest.mark.parametrize("seconds, text", [(-3 * 86400, "0 minutes"), (float("nan"), "0 minutes"),
                                           (59, "0 minutes"), (60, "1 minute"),
                                           (16 * 60, "16 minutes"), (5 * 3600, "5 hours"),
                                           (3 * 86400, "3 days"), (3 * YEAR, "3 years"),
                                           (float("inf"), "31709791 years")])
def test_ages_read_like_ages(seconds, text):
    assert age_text(seconds) == text


def test_a_failed_pass_is_never_up_to_date_even_after_good_results():
    status = derive_status(config(), [result()], False, False, NOW, NOW,
                           failure="The sync took longer than 900 s and was stopped.")
    assert status.state is TrayState.ERROR and "longer than 900 s" in status.tooltip()


def test_today_is_judged_by_the_given_clock(utc):
    text = derive_status(config(), [result()], False, False, NOW - 60, NOW).tooltip()
    assert "Last sync: today 22:12" in text and "weighed today 21:13" in text


def test_a_weigh_in_ahead_of_the_clock_says_so(utc):
    ahead = SyncResult("alice", SyncState.OK, "", latest_weight_kg=72.4,
                       latest_weight_at=NOW + 2 * YEAR)
    text = derive_status(config(), [ahead], False, False, NOW, NOW).tooltip()
    assert "weighed 13 Nov 2025 22:13 (ahead of this computer's clock)" in text


@pytest.mark.parametrize("weight", [float("nan"), float("inf"), -72.4, 0.0, 1e300])
def test_a_weight_that_cannot_be_drawn_is_no_weight(weight):
    broken = SyncResult("alice", SyncState.OK, "", latest_weight_kg=weight,
                        latest_weight_at=NOW)
    for unit in ("kg", "lb"):
        status = derive_status(config(unit), [broken], False, False, NOW, NOW)
        assert status.weight is None and status.weighed_at is None
        assert status.tooltip().startswith("Withings GUI\nNo weigh-in yet")
    stored = derive_status(config(), None, False, False, None, NOW, stored=(weight, NOW))
    assert stored.weight is None


@pytest.mark.parametrize("weighed", [-1, -62_167_219_201, 10 ** 18, 2 ** 63, 253_402_300_800])
def test_a_weigh_in_date_no_calendar_has_is_unknown(utc, weighed):
    odd = SyncResult("alice", SyncState.OK, "", latest_weight_kg=72.4, latest_weight_at=weighed)
    text = derive_status(config(), [odd], False, False, NOW, NOW).tooltip()
    assert "72.4 kg, weighed (date unknown)" in text


def test_one_profile_failing_is_never_up_to_date():
    two = Config(client_id="x", profiles={"alice": Profile("alice", "Alice"),
                                          "bob": Profile("bob", "Bob")})
    bob = SyncResult("bob", SyncState.NEEDS_REAUTH, "log in again")
    status = derive_status(two, [result(), bob], False, False, NOW, NOW)
    # Alice's weight is shown, Bob's failure too, by name.
    assert status.state is TrayState.NEEDS_REAUTH and status.weight == 72.4
    assert "bob: log in again" in status.tooltip()
    broken = SyncResult("bob", SyncState.HA_UNREACHABLE, "HA is down")
    assert derive_status(two, [result(), broken], False, False, NOW,
                         NOW).state is TrayState.ERROR
    # Only a profile not among the results (e.g. after a rename) failing: still no "ok".
    assert derive_status(two, [bob], False, False, NOW, NOW).state is TrayState.NEEDS_REAUTH
    assert derive_status(two, [result(), SyncResult("bob", SyncState.OK, "")], False, False,
                         NOW, NOW).state is TrayState.OK


@pytest.mark.parametrize("kg, shown", [(72.35, "72.35 kg"), (70.0, "70 kg"),
                                       (68.123, "68.123 kg")])
def test_the_weight_shows_every_decimal_withings_sent(kg, shown):
    status = derive_status(config(), [result(weight=kg)], False, False, NOW, NOW)
    assert status.menu_line() == f"{shown} — up to date"
    assert status.details().startswith(f"{shown}, weighed ")


# -- the weight trend (issue 18) -----------------------------------------------------------

def trending(kg_per_week, weight=72.4):
    return SyncResult("alice", SyncState.OK, "", latest_weight_kg=weight,
                      latest_weight_at=NOW - 3600, weight_trend_kg=kg_per_week)


@pytest.mark.parametrize("unit, shown", [("kg", "−0.8 kg in 7 days"),
                                         ("lb", "−1.8 lb in 7 days"),
                                         ("st", "−1.8 lb in 7 days")])
def test_tooltip_and_menu_line_show_the_trend_in_the_profiles_unit(unit, shown):
    status = derive_status(config(unit), [trending(-0.8)], False, False, NOW, NOW)
    assert status.tooltip().splitlines()[2] == shown
    assert status.menu_line().endswith(f", {shown} — up to date")


def test_no_trend_no_trend_text():
    status = derive_status(config(), [trending(None)], False, False, NOW, NOW)
    assert "in 7 days" not in status.tooltip() + status.menu_line()
    assert status.menu_line() == "72.4 kg — up to date" and status.trend_direction() is None


@pytest.mark.parametrize("weight", [None, float("nan"), 1e300])
def test_a_trend_without_a_weight_to_go_with_it_is_not_shown(weight):
    status = derive_status(config(), [trending(-0.8, weight)], False, False, NOW, NOW)
    assert "in 7 days" not in status.tooltip() + status.menu_line()
    assert status.trend_direction() is None


def test_the_trend_waits_for_the_first_sync():
    # The weight saved by the last run is drawn at once; its trend comes with the sync.
    status = derive_status(config(), None, False, False, None, NOW, stored=(72.4, NOW))
    assert status.weight == 72.4 and status.trend_line() == ""
