import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from withings_gui.core.paths import resolve_paths


def test_explicit_folder_wins_over_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("WITHINGS_GUI_CONFIG_DIR", str(tmp_path / "env"))
    assert resolve_paths(tmp_path / "arg").root == tmp_path / "arg"
    assert resolve_paths().root == tmp_path / "env"


def test_platform_folder_when_nothing_given(tmp_path, monkeypatch):
    monkeypatch.delenv("WITHINGS_GUI_CONFIG_DIR")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert resolve_paths().root == tmp_path / "xdg" / "withings-gui"


def test_every_file_lives_below_the_root(tmp_path):
    paths = resolve_paths(tmp_path).ensure()
    for file in (paths.config_file, paths.store_file, paths.secrets_file, paths.log_file,
                 paths.wizard_state_file, paths.token_lock("alice")):
        assert Path(file).is_relative_to(tmp_path)
    assert paths.lock_dir.is_dir() and paths.log_dir.is_dir()


# -- private modes (issue 14): weights and tokens are nobody else's business ------------------


def _demo_sync(config_dir, umask: int, *extra: str) -> subprocess.CompletedProcess:
    """The real command in a child whose umask is ``umask``, as a user's shell would start it."""
    return subprocess.run([sys.executable, "-m", "withings_gui", "--config-dir", str(config_dir),
                           "sync", "--once", "--demo", *extra], capture_output=True, text=True,
                          timeout=180, preexec_fn=lambda: os.umask(umask))


def _modes(root) -> dict[str, int]:
    found = {".": stat.S_IMODE(os.lstat(root).st_mode)}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = os.path.join(folder, name)
            found[os.path.relpath(path, root)] = stat.S_IMODE(os.lstat(path).st_mode)
    return found


@pytest.mark.hostile("settings folder modes whatever the umask")
@pytest.mark.parametrize("umask", [0o000, 0o022])
def test_a_demo_sync_leaves_only_private_files_whatever_the_umask(tmp_path, umask):
    root = tmp_path / "config"
    result = _demo_sync(root, umask)
    assert result.returncode == 0, result.stderr
    modes = _modes(root)
    # What a sync writes: settings, secrets file, history, log, lock files.
    assert {"config.json", "secrets.json", "history.sqlite3", "logs/withings-gui.log",
            "locks"} <= set(modes)
    loose = {name: oct(mode) for name, mode in modes.items()
             if mode != (0o700 if (root / name).is_dir() else 0o600)}
    assert loose == {}


def test_files_sqlite_creates_next_to_the_history_are_private(tmp_path):
    """-wal and -shm exist only while the store is open: look at them then."""
    code = ("import os, sys; from withings_gui.core.paths import use_private_umask; "
            "os.umask(0); use_private_umask(); from withings_gui.core.store import HistoryStore; "
            "s = HistoryStore(sys.argv[1]); s.connection if hasattr(s, 'connection') else None; "
            "print(sorted(oct(os.stat(os.path.join(os.path.dirname(sys.argv[1]), f)).st_mode & 0o777)"
            " for f in os.listdir(os.path.dirname(sys.argv[1]))))")
    target = tmp_path / "store" / "history.sqlite3"
    target.parent.mkdir()
    out = subprocess.run([sys.executable, "-c", code, str(target)], capture_output=True,
                         text=True, timeout=60, check=True).stdout
    assert "0o600" in out and "0o644" not in out and "0o666" not in out


@pytest.mark.hostile("settings folder modes whatever the umask")
def test_an_existing_folder_with_loose_modes_is_tightened_at_start(tmp_path):
    root = tmp_path / "config"
    for folder in (root, root / "logs", root / "locks"):
        folder.mkdir()
        folder.chmod(0o755)
    for name in ("config.json", "history.sqlite3", "tray-weight.json", "wizard-progress.json",
                 "logs/withings-gui.log", "logs/withings-gui.log.1", "locks/token-alice.lock"):
        (root / name).write_text("{}" if name.endswith(".json") else "")
        (root / name).chmod(0o644)
    (root / "someone-elses.txt").write_text("not the app's")
    (root / "someone-elses.txt").chmod(0o644)
    resolve_paths(root).ensure()
    assert stat.S_IMODE((root / "someone-elses.txt").stat().st_mode) == 0o644
    (root / "someone-elses.txt").unlink()
    modes = _modes(root)
    assert {name: oct(mode) for name, mode in modes.items()
            if mode != (0o700 if (root / name).is_dir() else 0o600)} == {}


# -- the settings folder's own problems: one line, never a traceback --------------------------


def _cli(config_dir, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "withings_gui", "--config-dir", str(config_dir),
                           *args], capture_output=True, text=True, timeout=180)


@pytest.mark.hostile("config folder, logs/ or locks/ unusable; unwritable log")
@pytest.mark.parametrize("command", [("doctor",), ("sync", "--once", "--demo", "--dry-run")])
@pytest.mark.parametrize("blocked", [".", "locks"])
def test_a_file_in_place_of_a_needed_folder_is_one_line(tmp_path, command, blocked):
    root = tmp_path / "config"
    if blocked == ".":
        root.write_text("not a folder")
        path = root
    else:
        root.mkdir()
        path = root / blocked
        path.write_text("not a folder")
    result = _cli(root, *command)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and "move or delete" in lines[0], \
        result.stderr
