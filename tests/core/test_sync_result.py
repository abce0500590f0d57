import json

import pytest

from withings_gui.core.sync_result import (EntityReport, SyncResult, SyncState, results_from_json,
                                           results_to_json)

RESULTS = [
    SyncResult("alice", SyncState.OK, "2 new measurements", new_measurements=2,
               withings_requests=3, ha_writes=4, published=True,
               entities=(EntityReport("sensor.withings_weight_kg_alice", 72.4, "kg", "weight",
                                      "2026-11-30T07:12:00+00:00"),),
               latest_weight_kg=72.4, latest_weight_at=1796022720, weight_trend_kg=-0.8,
               finished_at=1796022800.5, low_batteries=("Body Scan",)),
    SyncResult("bob", SyncState.NEEDS_REAUTH, "Log in again", withings_requests=1),
]


def test_json_round_trip_keeps_every_field():
    document = json.loads(json.dumps(results_to_json(RESULTS)))
    assert results_from_json(document) == RESULTS


def test_json_has_the_documented_top_level_keys():
    document = results_to_json(RESULTS)
    assert document["withings_requests"] == 4 and document["ha_writes"] == 4
    assert document["entities"][0] == {
        "entity_id": "sensor.withings_weight_kg_alice", "state": 72.4,
        "unit_of_measurement": "kg", "device_class": "weight",
        "measured_at": "2026-11-30T07:12:00+00:00", "profile": "alice"}
    assert [p["state"] for p in document["profiles"]] == ["ok", "needs_reauth"]


@pytest.mark.parametrize("document", [{}, {"entities": [], "profiles": [{"profile": "a"}]},
                                      {"entities": [{"profile": "a"}], "profiles": []},
                                      {"entities": [], "profiles": "x"},
                                      {"entities": [], "profiles": [
                                          {**results_to_json(RESULTS)["profiles"][1],
                                           "low_batteries": "Body Scan"}]}])
def test_a_document_that_is_not_a_report_is_refused(document):
    with pytest.raises(ValueError, match="not a sync report"):
        results_from_json(document)
