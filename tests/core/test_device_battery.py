"""A battery turning low: the decision (any device lists), then through real syncs of the
simulated cloud into a real store."""

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.demo_sync import clock, cloud, session  # noqa: F401 (fixtures)
from withings_gui.core.device_battery import device_name, is_low, newly_low
from withings_gui.core.sync import SyncEngine, SyncState
from withings_gui.core.withings.measures import Device

batteries = st.one_of(st.none(), st.sampled_from(["high", "medium", "low", "LOW ", "Low"]),
                      st.text(max_size=6))
devices = st.builds(Device, st.sampled_from(["d1", "d2", "d3", "d4"]), st.text(max_size=5),
                    st.text(max_size=5), batteries, st.none() | st.integers())
device_lists = st.lists(devices, max_size=6)


@given(device_lists, device_lists)
def test_newly_low_are_the_low_ones_that_were_not_low_before(previous, current):
    found = newly_low(previous, current)
    assert found == [d for d in current if d in found]  # in the current list's order
    for device in current:
        was_low = any(p.deviceid == device.deviceid and is_low(p) for p in previous)
        assert (device in found) == (is_low(device) and not was_low)


@given(device_lists)
def test_an_unchanged_list_turns_nothing_low(current):
    assert newly_low(current, current) == []


@given(device_lists)
def test_on_first_sight_every_low_battery_is_news(current):
    assert newly_low([], current) == [d for d in current if is_low(d)]


@pytest.mark.parametrize("battery, low", [("low", True), (" Low", True), ("medium", False),
                                          ("high", False), (None, False), ("", False)])
def test_what_counts_as_low(battery, low):
    assert is_low(Device("d", "Scale", "Body+", battery, None)) is low


def test_a_device_is_named_by_its_model_else_its_type_else_its_id():
    assert device_name(Device("d", "Scale", "Body+", None, None)) == "Body+"
    assert device_name(Device("d", "Scale", "", None, None)) == "Scale"
    assert device_name(Device("d", "", "", None, None)) == "d"


def test_a_sync_reports_a_battery_once_when_it_turns_low(session, cloud, clock):
    engine = SyncEngine(session.ctx, clock)
    [first] = engine.run_once(full=True)
    assert first.state is SyncState.OK, first.message
    assert first.low_batteries == ()  # the demo's Alice: every battery high
    alice = next(user for user in cloud.users.values() if user.name == "Alice")
    scale = alice.devices[0]
    alice.devices[0] = dataclasses.replace(scale, battery="low")

    clock.advance(600)
    [turned] = engine.run_once(full=True)
    assert turned.low_batteries == (scale.model,)
    assert [d.battery for d in session.ctx.store.devices("alice")
            if d.deviceid == scale.deviceid] == ["low"]
    clock.advance(600)
    [still] = engine.run_once(full=True)
    assert still.low_batteries == ()  # still low: said once

    alice.devices[0] = scale  # new batteries
    clock.advance(600)
    assert engine.run_once(full=True)[0].low_batteries == ()
    alice.devices[0] = dataclasses.replace(scale, battery="low")
    clock.advance(600)
    assert engine.run_once(full=True)[0].low_batteries == (scale.model,)
