"""One tray per config folder: the second launch pings the first and stands down; other
processes ask it to reload settings or sync through the same channel."""

import os
import signal
import subprocess
import sys

import pytest

from withings_gui.core.paths import resolve_paths
from withings_gui.core.tray_requests import ask_running_tray, requests_file
from withings_gui.tray.single_instance import COALESCE_MS, MAX_PENDING_BYTES, SingleInstance

pytestmark = pytest.mark.gui

# A tray stand-in in its own process: claims the folder, says so, then waits to be killed.
HOLDER = """
import sys
from PySide6.QtCore import QCoreApplication
from withings_gui.core.paths import resolve_paths
from withings_gui.tray.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(resolve_paths(sys.argv[1]).ensure())
print("claimed" if instance.claim() else "refused", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def paths(tmp_path):
    return resolve_paths(str(tmp_path / "cfg")).ensure()


def test_second_claim_on_the_same_folder_pings_the_first(qtbot, paths):
    first, second = SingleInstance(paths), SingleInstance(paths)
    assert first.claim()
    first.listen()
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert not second.claim()


def test_one_launch_is_one_activation(qtbot, paths):
    first = SingleInstance(paths)
    assert first.claim()
    first.listen()
    for _ in range(2):
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert not SingleInstance(paths).claim()
        # The launch's write is several file changes; none may come out as a second ping.
        with qtbot.assertNotEmitted(first.activated, wait=COALESCE_MS * 3):
            pass


def test_a_launch_in_another_process_is_refused_and_shows_the_first(qtbot, paths):
    first = SingleInstance(paths)
    assert first.claim()
    first.listen()
    with qtbot.waitSignal(first.activated, timeout=10_000):
        done = subprocess.run([sys.executable, "-c", HOLDER, str(paths.root)], input="",
                              capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "refused", done.stderr


def test_other_config_folders_are_other_instances(qtbot, tmp_path):
    one = resolve_paths(str(tmp_path / "a")).ensure()
    two = resolve_paths(str(tmp_path / "b")).ensure()
    assert SingleInstance(one).claim() and SingleInstance(two).claim()


def test_a_killed_instance_does_not_block_the_next(qtbot, paths):
    with subprocess.Popen([sys.executable, "-c", HOLDER, str(paths.root)],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as holder:
        try:
            assert holder.stdout.readline().strip() == "claimed"
            assert not SingleInstance(paths).claim()  # while it lives, it holds the folder
        finally:
            os.kill(holder.pid, signal.SIGKILL)
            holder.wait(10)
        assert (paths.lock_dir / "tray.lock").exists()  # left behind, as after a crash
        assert SingleInstance(paths).claim()


def test_release_lets_the_next_tray_start(qtbot, paths):
    first = SingleInstance(paths)
    assert first.claim()
    first.listen()
    first.release()
    assert SingleInstance(paths).claim()


def test_a_lock_that_cannot_be_written_does_not_pass_for_another_tray(qtbot, paths, caplog):
    paths.lock_dir.rmdir()
    paths.lock_dir.write_text("")  # a file where the lock folder should be
    instance = SingleInstance(paths)
    assert instance.claim()
    instance.listen()  # nor does the tray fail to start for it
    instance.release()
    assert "not checking for another tray" in caplog.text
    assert "later launches cannot reach this tray" in caplog.text


def test_processes_the_tray_starts_do_not_keep_its_lock(qtbot, paths):
    first = SingleInstance(paths)
    assert first.claim()
    # A child that outlives the tray (a sync, a setup wizard), even one given every open file.
    child = subprocess.Popen([sys.executable, "-c", "print('up', flush=True); input()"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                             close_fds=False)
    try:
        assert child.stdout.readline() == "up\n"  # running its own program, not a fork of ours
        first.release()
        assert SingleInstance(paths).claim()
    finally:
        child.communicate("\n", timeout=30)


# -- the request channel: show, reload, sync-now from any process (issue 20) --------------

def test_each_command_is_acted_on_once_in_the_order_it_came(qtbot, paths):
    first = SingleInstance(paths)
    assert first.claim()
    first.listen()
    seen = []
    for request, name in ((first.activated, "show"), (first.reload_requested, "reload"),
                          (first.sync_requested, "sync-now")):
        request.connect(lambda name=name: seen.append(name))
    with qtbot.waitSignal(first.activated, timeout=5000):
        for command in ("reload", "sync-now", "reload", "show"):
            ask_running_tray(paths, command)
    assert seen == ["reload", "sync-now", "show"]
    with qtbot.waitSignal(first.reload_requested, timeout=5000):
        ask_running_tray(paths, "reload")  # read on from where the last read ended
    assert seen == ["reload", "sync-now", "show", "reload"]


@pytest.mark.hostile("tray request file: junk, half lines, stale requests")
def test_junk_half_lines_and_stale_requests_are_not_commands(qtbot, paths, caplog):
    requests = requests_file(paths)
    requests.write_text("show\nsync-now\n")  # asked while no tray ran: stale once one starts
    first = SingleInstance(paths)
    assert first.claim()
    first.listen()
    with qtbot.assertNotEmitted(first.activated, wait=COALESCE_MS * 3), \
            qtbot.assertNotEmitted(first.sync_requested, wait=COALESCE_MS * 3):
        with open(requests, "a") as file:
            file.write("rm -rf /\n\x00\xff\nsync")  # junk, then a line still being written
    assert "ignoring an unknown request to the tray: 'rm -rf /'" in caplog.text
    with qtbot.waitSignal(first.sync_requested, timeout=5000):
        with open(requests, "a") as file:
            file.write("-now\n")
    with qtbot.assertNotEmitted(first.sync_requested, wait=COALESCE_MS * 3):
        with open(requests, "ab") as file:
            file.write(b"x" * MAX_PENDING_BYTES + b"\n")  # more than anyone asks: not read
    assert "too many to be ours" in caplog.text
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert not SingleInstance(paths).claim()  # and the channel still works
