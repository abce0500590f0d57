from pathlib import Path

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
