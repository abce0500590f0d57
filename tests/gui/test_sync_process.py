"""A sync pass as a QProcess child, against the simulated cloud over HTTP."""

import logging
import os
import signal
import sys
import time

import pytest

from withings_gui.core.sync_result import SyncState
from withings_gui.demo.session import open_demo
from withings_gui.gui.sync_process import (PASS_TIMEOUT_S, SyncProcess, SyncProcessError,
                                           sync_command)

pytestmark = pytest.mark.gui

PASS_MS = 30_000  # a pass in a child: a Python start-up and a few requests to 127.0.0.1


@pytest.fixture
def sync(qtbot, demo):
    process = SyncProcess(demo.ctx)
    yield process
    process.cancel()


def run_pass(qtbot, sync, full=True, **kwargs):
    """Start a pass and return what it reported: a list of results, or the error."""
    outcome = []
    sync.finished.connect(outcome.append)
    sync.failed.connect(outcome.append)
    sync.start(full=full, **kwargs)
    qtbot.waitUntil(lambda: bool(outcome), timeout=PASS_MS)
    assert not sync.running and len(outcome) == 1
    sync.finished.disconnect(outcome.append)
    sync.failed.disconnect(outcome.append)
    return outcome[0]


def test_a_pass_in_a_child_reports_what_it_stored(qtbot, sync, demo, cloud):
    before = cloud.request_count()  # the demo's own login
    results = run_pass(qtbot, sync)
    assert [r.profile for r in results] == ["alice"]
    result = results[0]
    assert result.state is SyncState.OK, result.message
    latest = demo.ctx.store.latest("alice", 1)  # written by the child, read here
    assert result.latest_weight_kg == latest.value
    assert result.latest_weight_at == latest.measured_at
    assert result.withings_requests == cloud.request_count() - before > 0
    assert any(e.entity_id == "sensor.withings_weight_kg_alice" for e in result.entities)


def test_scheduled_passes_keep_the_cadence_across_children(qtbot, sync, cloud):
    run_pass(qtbot, sync, full=True)
    before = cloud.request_count()
    run_pass(qtbot, sync, full=False)
    # Only the body measurements are due again: the other streams' times are on disk.
    assert cloud.request_count() - before == 1
    assert cloud.request_count(action="getmeas") >= 2


def test_one_profile_when_asked(qtbot, sync, demo):
    demo.ctx.update_config(lambda config: config.profiles.setdefault(
        "bob", type(config.profiles["alice"])("bob", "Bob")))
    demo.login("bob", "Bob")
    assert [r.profile for r in run_pass(qtbot, sync)] == ["alice", "bob"]
    assert [r.profile for r in run_pass(qtbot, sync, profile="bob")] == ["bob"]


def test_a_hanging_child_is_killed_after_the_timeout(qtbot, demo, cloud):
    sync = SyncProcess(demo.ctx, timeout_s=2)
    cloud.faults.add("delay", path="/measure", action="getmeas", seconds=30)
    began = time.monotonic()
    error = run_pass(qtbot, sync)
    assert isinstance(error, SyncProcessError)
    assert str(error) == "The sync took longer than 2 s and was stopped."
    # A coarse QTimer may fire up to 5 % early.
    assert 2 * 0.95 <= time.monotonic() - began < 15
    cloud.faults.clear()
    sync.timeout_s = PASS_TIMEOUT_S  # a whole pass may take longer than 2 s on a busy machine
    assert run_pass(qtbot, sync)[0].state is SyncState.OK  # the login survived the kill


def test_cancel_ends_the_child_and_reports_nothing(qtbot, sync, cloud):
    held = cloud.faults.add("delay", path="/measure", action="getmeas", seconds=30)
    outcome = []
    sync.finished.connect(outcome.append)
    sync.failed.connect(outcome.append)
    sync.start(full=True)
    # Taken when the request arrives: the child waits for its reply now.
    qtbot.waitUntil(lambda: held not in cloud.faults.active, timeout=PASS_MS)
    pid = sync._process.processId()
    sync.cancel()
    assert not sync.running
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # gone, and reaped
    qtbot.wait(200)  # anything queued would be delivered by now
    assert outcome == []
    assert run_pass(qtbot, sync)[0].state is SyncState.OK


def test_a_child_without_a_report_fails_with_its_last_words_on_one_line(qtbot, sync, demo,
                                                                        caplog):
    caplog.set_level(logging.INFO, logger="withings_gui.gui.sync_process")
    demo.ctx.paths.config_file.write_text("{ not json")
    error = run_pass(qtbot, sync)
    assert isinstance(error, SyncProcessError)
    assert str(error).startswith("The sync process exited 1: ")
    assert str(demo.ctx.paths.config_file) in str(error) and "\n" not in str(error)
    assert f"the sync child said:\n{str(error).split(': ', 1)[1]}" in caplog.text


def test_a_child_killed_by_someone_else_fails_as_crashed(qtbot, sync, cloud):
    held = cloud.faults.add("delay", path="/measure", action="getmeas", seconds=30)
    outcome = []
    sync.failed.connect(outcome.append)
    sync.start(full=True)
    # Taken when the request arrives: the child waits for its reply now.
    qtbot.waitUntil(lambda: held not in cloud.faults.active, timeout=PASS_MS)
    os.kill(sync._process.processId(), signal.SIGKILL)  # as the OOM killer would
    qtbot.waitUntil(lambda: bool(outcome), timeout=PASS_MS)
    assert str(outcome[0]).startswith(f"The sync process crashed ({int(signal.SIGKILL)})")


def test_what_the_child_printed_is_masked_in_the_log_and_the_error(qtbot, tmp_path, cloud,
                                                                   caplog):
    # A config folder whose name looks like a secret: it shows in the child's error.
    session = open_demo(str(tmp_path / "token=Sup3rSecretValue"), cloud=cloud)
    try:
        session.ctx.paths.config_file.write_text("{ not json")
        sync = SyncProcess(session.ctx)
        caplog.set_level(logging.INFO, logger="withings_gui.gui.sync_process")
        error = run_pass(qtbot, sync)
        assert "exited 1" in str(error) and "token=***" in str(error)
        assert "Sup3rSecretValue" not in str(error)
        assert "token=***" in caplog.text and "Sup3rSecretValue" not in caplog.text
    finally:
        session.close()


def test_revoked_login_comes_back_as_needs_reauth(qtbot, sync, cloud):
    cloud.faults.add("revoke", count=None)
    assert run_pass(qtbot, sync)[0].state is SyncState.NEEDS_REAUTH


def test_a_child_that_cannot_start_fails_with_the_reason(qtbot, sync, monkeypatch):
    # A moved or half-removed installation: the program to start is not there.
    monkeypatch.setattr(sys, "executable", "/nonexistent/withings-gui-python")
    error = run_pass(qtbot, sync)
    assert isinstance(error, SyncProcessError)
    assert str(error).startswith("The sync process could not start: ")
    assert "\n" not in str(error)


def test_a_notified_pass_in_a_child_reads_only_that_category(qtbot, sync, demo, cloud):
    run_pass(qtbot, sync)
    before = len(cloud.requests)
    [result] = run_pass(qtbot, sync, full=False, profile="alice", notified=(1, 4))
    assert result.state is SyncState.OK, result.message
    assert [r.action for r in cloud.requests[before:]] == ["getmeas"]


def test_sync_command_says_which_pass(demo):
    def tail(command):
        return command[command.index("--once"):]

    root = str(demo.ctx.paths.root)
    assert tail(sync_command(demo.ctx, True)) == ["--once", "--json", "--config-dir", root]
    assert tail(sync_command(demo.ctx, False, push=True))[-2:] == ["--scheduled", "--push"]
    assert tail(sync_command(demo.ctx, False, "alice", (1, 44))) == [
        "--once", "--json", "--config-dir", root, "--notified", "1,44", "--profile", "alice"]
