"""Saving when the disk is full or the settings folder is read-only: a clear error, and the
settings and history from before are intact."""

from __future__ import annotations

import resource
import signal
import sqlite3
import subprocess
import sys

import pytest

from tests.cli_helpers import CALLBACK, Cli
from withings_gui.demo.cloud import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET

SECTION = "Storage"
HEADER = ("situation", "exit", "message shown", "afterwards")



@pytest.fixture
def cli(tmp_path, cloud):
    cli = Cli(tmp_path / "cfg", cloud)
    cli.run("configure", "--profile", "alice", "--client-id", DEMO_CLIENT_ID, "--callback-url",
            CALLBACK, stdin=f"client_secret={DEMO_CLIENT_SECRET}\n")
    return cli


def _disk_full(limit: int):
    """For the child: no file may grow past ``limit`` bytes, as on a full disk (EFBIG
    instead of ENOSPC: the same failed write)."""
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def run(cli: Cli, *args: str, preexec=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "withings_gui", *args], capture_output=True,
                          text=True, env=cli.env(), stdin=subprocess.DEVNULL, timeout=120,
                          preexec_fn=preexec)


def last_line(text: str) -> str:
    return text.strip().splitlines()[-1] if text.strip() else ""


def in_config(cli: Cli, message: str) -> str:
    return message.replace(str(cli.config_dir), "<config folder>")


def rows(cli: Cli) -> int:
    with sqlite3.connect(cli.config_dir / "history.sqlite3") as db:
        return db.execute("SELECT COUNT(*) FROM measurements").fetchone()[0]


def test_settings_on_a_full_disk_keep_the_old_file(cli, figures):
    config = cli.config_dir / "config.json"
    before = config.read_bytes()
    result = run(cli, "configure", "--profile", "alice", "--unit", "lb",
                 preexec=_disk_full(len(before) // 2))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "config.json" in last_line(result.stderr)
    assert config.read_bytes() == before
    assert not list(cli.config_dir.glob("*.tmp*"))  # no half-written file left behind
    figures.add(SECTION, HEADER, "settings saved on a full disk", result.returncode,
                in_config(cli, last_line(result.stderr)),
                "config.json unchanged, no temporary file left")


def test_a_sync_on_a_full_disk_loses_nothing(cli, cloud, figures):
    cli.login()
    assert run(cli, "sync", "--once", "--dry-run").returncode == 0
    stored = rows(cli)
    alice = next(uid for uid, u in cloud.users.items() if u.name == "Alice")
    for day in range(200):  # more than fits
        cloud.add_measure_group(alice, int(cloud.clock()) - day * 3600, [(1, 70 + day / 100)])
    result = run(cli, "sync", "--once", "--dry-run",
                 preexec=_disk_full(4096))  # not one more WAL page
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert rows(cli) == stored  # nothing half-stored
    again = run(cli, "sync", "--once", "--dry-run")  # space is back
    assert again.returncode == 0 and rows(cli) == stored + 200
    message = last_line(result.stdout) or last_line(result.stderr)
    figures.add(SECTION, HEADER, "sync whose new data does not fit on the disk",
                result.returncode, in_config(cli, message),
                f"history intact ({stored} rows); next sync stored all 200 new groups")


def test_a_read_only_settings_folder_keeps_the_old_file(cli, figures):
    config = cli.config_dir / "config.json"
    before = config.read_bytes()
    # chattr +i: even root (CI) cannot create or replace files in the folder.
    subprocess.run(["chattr", "+i", str(cli.config_dir)], check=True)
    try:
        result = run(cli, "configure", "--profile", "alice", "--unit", "lb")
    finally:
        subprocess.run(["chattr", "-i", str(cli.config_dir)], check=True)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "config.json" in last_line(result.stderr)
    assert config.read_bytes() == before
    figures.add(SECTION, HEADER, "settings saved into a read-only folder", result.returncode,
                in_config(cli, last_line(result.stderr)), "config.json unchanged")
