import logging
import subprocess
import sys

import pytest

from withings_gui.core.logs import RotatingLogFile, setup_logging
from withings_gui.core.paths import resolve_paths


def _log_lines(handler: RotatingLogFile, count: int, width: int = 40) -> None:
    handler.setFormatter(logging.Formatter("%(message)s"))
    for number in range(count):
        record = logging.makeLogRecord({"msg": f"record {number:05d} " + "x" * width})
        handler.handle(record)


def _numbers_in(path) -> list[int]:
    return [int(line.split()[1]) for line in path.read_text(encoding="utf-8").splitlines()]


def test_rotates_into_numbered_files_keeping_the_newest_records_in_order(tmp_path):
    log = tmp_path / "app.log"
    handler = RotatingLogFile(log, max_bytes=500, backups=2)
    try:
        _log_lines(handler, 60)
    finally:
        handler.close()

    files = [tmp_path / "app.log.2", tmp_path / "app.log.1", log]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["app.log", "app.log.1", "app.log.2"]
    assert all(0 < p.stat().st_size <= 500 for p in files)
    kept = [n for p in files for n in _numbers_in(p)]
    # Only whole old files are dropped: what is kept runs without a gap up to the last one.
    assert kept == list(range(kept[0], 60))
    assert kept[0] > 0


def test_appends_to_an_existing_log_before_rotating_it(tmp_path):
    log = tmp_path / "app.log"
    log.write_text("record 99999 from an earlier run\n", encoding="utf-8")
    handler = RotatingLogFile(log, max_bytes=10_000, backups=1)
    try:
        _log_lines(handler, 3)
    finally:
        handler.close()
    assert _numbers_in(log) == [99999, 0, 1, 2]
    assert not (tmp_path / "app.log.1").exists()


def test_a_record_longer_than_the_limit_still_goes_into_an_empty_file(tmp_path):
    log = tmp_path / "app.log"
    handler = RotatingLogFile(log, max_bytes=100, backups=1)
    try:
        _log_lines(handler, 1, width=300)
    finally:
        handler.close()
    assert _numbers_in(log) == [0]
    assert not (tmp_path / "app.log.1").exists()


@pytest.mark.parametrize("max_bytes, backups", [(0, 3), (1000, 0)])
def test_refuses_a_log_that_could_not_rotate(tmp_path, max_bytes, backups):
    with pytest.raises(ValueError):
        RotatingLogFile(tmp_path / "app.log", max_bytes=max_bytes, backups=backups)


def test_setup_logging_writes_redacted_records_to_the_config_folder(tmp_path):
    paths = resolve_paths(tmp_path / "cfg")
    root = logging.getLogger()
    level = root.level
    try:
        setup_logging(paths, to_stderr=False)
        logging.getLogger("test.logs").info("token refreshed: refresh_token=s3cr3tvalue")
    finally:
        for handler in [h for h in root.handlers if getattr(h, "_withings_gui", False)]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)
    text = paths.log_file.read_text(encoding="utf-8")
    assert "INFO    test.logs: token refreshed" in text
    assert "s3cr3tvalue" not in text


def test_setup_logging_leaves_logging_handlers_unimported(tmp_path):
    # The reason RotatingLogFile exists: every command starts without that module's imports.
    code = ("import sys; from withings_gui.core.logs import setup_logging; "
            "from withings_gui.core.paths import resolve_paths; "
            f"setup_logging(resolve_paths({str(tmp_path / 'cfg')!r})); "
            "print('logging.handlers' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=60)
    assert done.stdout.strip() == "False"


def test_a_log_that_cannot_be_moved_aside_keeps_its_records_and_old_files(tmp_path):
    # Stands in for Windows, where a file another process has open cannot be renamed:
    # here the name it would move to is taken by a folder.
    log = tmp_path / "app.log"
    (tmp_path / "app.log.full").mkdir()
    (tmp_path / "app.log.full" / "keep").write_text("x")
    for number in (1, 2):
        (tmp_path / f"app.log.{number}").write_text(f"record {90000 + number} old\n")
    handler = RotatingLogFile(log, max_bytes=200, backups=2)
    try:
        _log_lines(handler, 20)
    finally:
        handler.close()
    assert _numbers_in(log) == list(range(20))
    assert _numbers_in(tmp_path / "app.log.1") == [90001]
    assert _numbers_in(tmp_path / "app.log.2") == [90002]


def _sync_dry_run(config_dir) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "withings_gui", "--config-dir", str(config_dir),
                           "sync", "--once", "--demo", "--dry-run"], capture_output=True,
                          text=True, timeout=180)


@pytest.mark.hostile("config folder, logs/ or locks/ unusable; unwritable log")
@pytest.mark.parametrize("breakage", ["logs is a file", "log is a folder", "log on a full disk"])
def test_an_unwritable_log_warns_once_and_the_app_runs_on(tmp_path, breakage):
    root = tmp_path / "config"
    (root / "logs").mkdir(parents=True)
    if breakage == "logs is a file":
        (root / "logs").rmdir()
        (root / "logs").write_text("")
    elif breakage == "log is a folder":
        (root / "logs" / "withings-gui.log").mkdir()
    else:
        (root / "logs" / "withings-gui.log").symlink_to("/dev/full")
    result = _sync_dry_run(root)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "Logging error" not in result.stderr
    warnings = [line for line in result.stderr.splitlines() if "log" in line.lower()]
    assert len(warnings) == 1 and "without a log file" in warnings[0], result.stderr
    assert "alice: ok" in result.stdout


def test_an_uncaught_exception_lands_redacted_in_the_log_file(tmp_path):
    # A tray started at login has no stderr anyone reads: the log is where a crash shows.
    code = ("import threading\n"
            "from withings_gui.core.logs import setup_logging\n"
            "from withings_gui.core.paths import resolve_paths\n"
            f"setup_logging(resolve_paths({str(tmp_path / 'cfg')!r}), to_stderr=False)\n"
            "def worker():\n"
            "    raise ValueError('in a thread: access_token=threadsecret1')\n"
            "thread = threading.Thread(target=worker, name='worker-1')\n"
            "thread.start()\n"
            "thread.join()\n"
            "raise RuntimeError('refresh failed: refresh_token=s3cr3tvalue')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 1
    text = resolve_paths(tmp_path / "cfg").log_file.read_text(encoding="utf-8")
    assert "CRITICAL withings_gui.uncaught: uncaught exception" in text
    assert "RuntimeError: refresh failed: refresh_token=***" in text
    assert "uncaught exception in worker-1" in text and "ValueError: in a thread" in text
    assert "Traceback (most recent call last)" in text
    assert "s3cr3tvalue" not in text and "threadsecret1" not in text
