"""The tray's sync pass as a child process, against the simulated cloud over HTTP."""

import threading

import pytest

from withings_gui.core.sync_result import SyncState
from withings_gui.tray.sync_process import ProcessSyncEngine, SyncProcessError


def test_a_pass_in_a_child_reports_what_it_stored(demo, cloud):
    before = cloud.request_count()  # the demo's own login
    results = ProcessSyncEngine(demo.ctx).run_once(full=True)
    assert [r.profile for r in results] == ["alice"]
    result = results[0]
    assert result.state is SyncState.OK, result.message
    latest = demo.ctx.store.latest("alice", 1)  # written by the child, read here
    assert result.latest_weight_kg == latest.value
    assert result.latest_weight_at == latest.measured_at
    assert result.withings_requests == cloud.request_count() - before > 0
    assert any(e.entity_id == "sensor.withings_weight_kg_alice" for e in result.entities)


def test_scheduled_passes_keep_the_cadence_across_children(demo, cloud):
    engine = ProcessSyncEngine(demo.ctx)
    engine.run_once(full=True)
    before = cloud.request_count()
    engine.run_once(full=False)
    # Only the body measurements are due again: the other streams' times are on disk.
    assert cloud.request_count() - before == 1
    assert cloud.request_count(action="getmeas") >= 2


def test_cancel_stops_the_child_and_the_login_survives(demo, cloud):
    engine = ProcessSyncEngine(demo.ctx)
    cloud.faults.add("delay", path="/measure", action="getmeas", seconds=30)
    cancel = threading.Event()
    threading.Timer(1.0, cancel.set).start()
    with pytest.raises(SyncProcessError, match="cancelled"):
        engine.run_once(full=True, cancel=cancel)
    cloud.faults.clear()
    assert engine.run_once(full=True)[0].state is SyncState.OK


def test_a_child_without_a_report_raises_with_its_last_words(demo):
    demo.ctx.paths.config_file.write_text("{ not json")
    with pytest.raises(SyncProcessError) as caught:
        ProcessSyncEngine(demo.ctx).run_once()
    assert "exited 1" in str(caught.value)
    assert str(demo.ctx.paths.config_file) in str(caught.value)


def test_revoked_login_comes_back_as_needs_reauth(demo, cloud):
    cloud.faults.add("revoke", count=None)
    result = ProcessSyncEngine(demo.ctx).run_once(full=True)[0]
    assert result.state is SyncState.NEEDS_REAUTH
