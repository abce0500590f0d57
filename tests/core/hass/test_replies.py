"""Any reply to update_sensor_states is read without an exception, and only a clear success
(or a refusal HA names) ends a value's wait."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.hass.strategies import register_replies, update_replies
from withings_gui.core.hass.replies import (Outcome, one_line, registration_accepted,
                                            update_results)

UIDS = ["withings_alice_weight_kg", "withings_alice_fat_ratio_pct"]
CASES = 1_000


@pytest.mark.hostile("HA update_sensor_states: any reply")
@settings(max_examples=CASES, deadline=None, suppress_health_check=list(HealthCheck))
@given(update_replies(UIDS))
def test_any_update_reply_gives_a_result_per_sensor(reply):
    results = update_results(reply, UIDS)
    assert set(results) == set(UIDS)
    for uid, result in results.items():
        entry = reply.get(uid) if isinstance(reply, dict) else None
        if result.outcome is Outcome.STORED:
            assert isinstance(entry, dict) and entry.get("success") is True
        elif result.outcome is Outcome.REFUSED:
            assert isinstance(entry, dict) and entry.get("success") is False
            assert result.reason and "\n" not in result.reason and "\x1b" not in result.reason
        elif result.outcome is Outcome.NOT_REGISTERED:
            assert entry["error"]["code"] == "not_registered"
        else:
            assert not (isinstance(entry, dict) and entry.get("success") is True)


@pytest.mark.hostile("HA register_sensor: any reply")
@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(register_replies)
def test_any_register_reply_is_yes_no_or_unknown(reply):
    accepted = registration_accepted(reply)
    assert accepted in (True, False, None)
    if accepted:
        assert reply["success"] is True


def test_no_entry_for_a_sensor_keeps_it_waiting():
    results = update_results({UIDS[1]: {"success": True}}, UIDS)
    assert results[UIDS[0]].outcome is Outcome.UNCONFIRMED
    assert results[UIDS[1]].outcome is Outcome.STORED
    assert update_results({}, UIDS)[UIDS[0]].outcome is Outcome.UNCONFIRMED
    assert update_results({UIDS[0]: True}, UIDS)[UIDS[0]].outcome is Outcome.UNCONFIRMED


@given(st.text())
def test_one_line_is_printable_and_capped(text):
    line = one_line(text)
    assert "\n" not in line and line.isprintable() and len(line) <= 200
