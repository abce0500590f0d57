import os

import pytest

from withings_gui.core.atomic import atomic_write


def test_creates_folder_and_file_with_private_modes(tmp_path):
    target = tmp_path / "new" / "file.json"
    atomic_write(target, b"hello")
    assert target.read_bytes() == b"hello"
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert oct(target.parent.stat().st_mode & 0o777) == "0o700"


def test_replaces_and_leaves_no_temp_files(tmp_path):
    target = tmp_path / "file"
    atomic_write(target, b"one")
    atomic_write(target, b"two", mode=0o644)
    assert target.read_bytes() == b"two"
    assert oct(target.stat().st_mode & 0o777) == "0o644"
    assert os.listdir(tmp_path) == ["file"]


def test_failure_keeps_old_content_and_cleans_up(tmp_path):
    target = tmp_path / "file"
    atomic_write(target, b"old")


    with pytest.raises(TypeError):
        atomic_write(target, object())  # type: ignore[arg-type]  write() fails mid-way
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["file"]
