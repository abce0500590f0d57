import subprocess
import sys

from withings_gui import __version__
from withings_gui.cli import build_parser
from withings_gui.core.relaunch import app_command


def test_the_command_starts_this_app_with_the_arguments():
    result = subprocess.run(app_command("--version"), capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert __version__ in result.stdout


def test_the_arguments_reach_the_parser_unchanged():
    command = app_command("tray", "--config-dir", "/tmp/with space")
    assert command[:3] == [sys.executable, "-m", "withings_gui"]
    args = build_parser().parse_args(command[3:])
    assert args.command == "tray" and args.config_dir == "/tmp/with space"


def test_a_bundle_takes_the_command_directly(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/withings-gui/withings-gui")
    assert app_command("sync", "--once") == ["/opt/withings-gui/withings-gui", "sync", "--once"]
