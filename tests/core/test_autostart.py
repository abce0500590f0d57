import plistlib

from withings_gui.core import autostart


def test_linux_autostart_file(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert not autostart.is_autostart_enabled()
    autostart.set_autostart(True)
    entry = tmp_path / "autostart" / "withings-gui.desktop"
    text = entry.read_text()
    assert "Exec=" in text and " -m withings_gui tray" in text and "Type=Application" in text
    assert autostart.is_autostart_enabled()
    autostart.set_autostart(False)
    assert not entry.exists() and not autostart.is_autostart_enabled()


def test_macos_launch_agent_content():
    plist = plistlib.loads(autostart.macos_launch_agent(["/Applications/W.app/w", "tray"]))
    assert plist["RunAtLoad"] is True and plist["ProgramArguments"][-1] == "tray"


def test_desktop_entry_quotes_paths_with_spaces():
    assert "Exec='/opt/with space/python' -m withings_gui tray" in \
        autostart.linux_desktop_entry(["/opt/with space/python", "-m", "withings_gui", "tray"])
