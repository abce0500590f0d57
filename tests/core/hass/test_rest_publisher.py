"""The REST fallback publisher against a real Home Assistant."""

import pytest

from tests.core.hass.conftest import fat_ratio, weight
from withings_gui.core.hass.client import HassApi
from withings_gui.core.hass.naming import unique_id
from withings_gui.core.hass.publisher import RestPublisher

pytestmark = pytest.mark.ha

WEIGHT_ID = "sensor.withings_weight_kg_alice"
FAT_ID = "sensor.withings_fat_ratio_pct_alice"


def test_states_appear_and_an_unchanged_poll_writes_nothing(fresh_hass, changes_of):
    publisher = RestPublisher(HassApi(fresh_hass.url, fresh_hass.token))
    report = publisher.publish([weight(70.5), fat_ratio(21.3)])
    assert (report.writes, report.pending, report.error) == (2, 0, None)
    assert report.entity_ids == {unique_id("weight_kg", "alice"): WEIGHT_ID,
                                 unique_id("fat_ratio_pct", "alice"): FAT_ID}
    state = fresh_hass.states()[WEIGHT_ID]
    assert state["state"] == "70.5"
    assert state["attributes"] == {
        "measured_at": "2024-03-01T07:00:00+00:00", "profile": "alice",
        "friendly_name": "Withings weight kg alice", "icon": "mdi:scale-bathroom",
        "unit_of_measurement": "kg", "device_class": "weight", "state_class": "measurement"}

    changes = changes_of(fresh_hass)
    assert publisher.publish([weight(70.5), fat_ratio(21.3)]).writes == 0
    assert changes.settle() == []
    assert publisher.publish([weight(70.2), fat_ratio(21.3)]).writes == 1
    assert changes.settle() == [(WEIGHT_ID, "70.2")]


def test_states_are_written_again_after_ha_restarts(fresh_hass):
    publisher = RestPublisher(HassApi(fresh_hass.url, fresh_hass.token))
    publisher.publish([weight(70.5), fat_ratio(21.3)])
    fresh_hass.restart()
    assert WEIGHT_ID not in fresh_hass.states()  # REST states do not survive a restart
    report = publisher.publish([weight(70.5), fat_ratio(21.3)])
    assert (report.writes, report.error) == (2, None)
    assert fresh_hass.states()[WEIGHT_ID]["state"] == "70.5"


def test_values_wait_while_ha_is_down_and_arrive_in_order(fresh_hass, changes_of):
    publisher = RestPublisher(HassApi(fresh_hass.url, fresh_hass.token))
    publisher.publish([weight(70.5)])
    fresh_hass.stop()
    down = publisher.publish([weight(70.0)])
    assert down.error and "connection refused" in down.error and down.pending == 1
    assert publisher.publish([weight(69.8)]).pending == 2
    fresh_hass.start()
    changes = changes_of(fresh_hass)
    back = publisher.publish([weight(69.8)])
    assert (back.writes, back.pending, back.error) == (2, 0, None)
    assert changes.settle() == [(WEIGHT_ID, "70.0"), (WEIGHT_ID, "69.8")]


def test_a_new_publisher_writes_nothing_when_ha_already_shows_the_values(fresh_hass):
    RestPublisher(HassApi(fresh_hass.url, fresh_hass.token)).publish([weight(70.5)])
    # The app restarted: a new publisher with an empty memory.
    report = RestPublisher(HassApi(fresh_hass.url, fresh_hass.token)).publish([weight(70.5)])
    assert (report.writes, report.error) == (0, None)
