"""Asking the running tray something from any process, without Qt (the tray side is in
tests/tray/test_single_instance.py and tests/tray/test_app_settings.py)."""

import pytest

from withings_gui.core.paths import resolve_paths
from withings_gui.core.tray_requests import ask_running_tray, requests_file


@pytest.fixture
def paths(tmp_path):
    return resolve_paths(str(tmp_path / "cfg")).ensure()


def test_commands_are_appended_one_per_line_to_a_private_file(paths):
    ask_running_tray(paths, "reload")
    ask_running_tray(paths, "sync-now")
    assert requests_file(paths).read_text() == "reload\nsync-now\n"
    assert oct(requests_file(paths).stat().st_mode & 0o777) == "0o600"


def test_an_unknown_command_is_a_programming_error(paths):
    with pytest.raises(ValueError, match="unknown tray command 'restart'"):
        ask_running_tray(paths, "restart")
    assert not requests_file(paths).exists()


def test_a_tray_that_cannot_be_reached_is_a_warning_not_a_failure(paths, caplog):
    paths.lock_dir.rmdir()
    paths.lock_dir.write_text("")  # a file where the lock folder should be
    ask_running_tray(paths, "reload")
    assert "could not reach the running tray (reload)" in caplog.text
