"""The weight file that lets the tray draw a number before its first sync."""

import pytest

from withings_gui.tray.last_weight import load_last_weight, save_last_weight


@pytest.fixture
def path(tmp_path):
    return tmp_path / "cfg" / "tray-weight.json"


def test_saved_weight_comes_back_for_its_profile_only(path):
    save_last_weight(path, "alice", 72.45, 1_700_000_000)
    assert load_last_weight(path, "alice") == (72.45, 1_700_000_000)
    assert load_last_weight(path, "bob") is None
    assert path.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("content", ["", "{", "[]", '{"profile": "alice"}',
                                     '{"profile": "alice", "kg": "heavy", "measured_at": 1}'])
def test_a_damaged_file_means_no_number_not_a_crash(path, content, caplog):
    path.parent.mkdir(parents=True)
    path.write_text(content)
    assert load_last_weight(path, "alice") is None
    assert str(path) in caplog.text


def test_no_file_yet_is_quiet(path, caplog):
    assert load_last_weight(path, "alice") is None
    assert caplog.text == ""


def test_a_folder_that_cannot_be_written_costs_only_the_early_number(path, caplog):
    path.parent.mkdir(parents=True)
    path.mkdir()  # a directory where the file should go: every write fails
    save_last_weight(path, "alice", 72.4, 1)
    assert "could not save the last weight" in caplog.text
