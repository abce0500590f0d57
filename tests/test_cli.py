import subprocess
import sys

from withings_gui import __version__


def run(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "withings_gui", *args], capture_output=True,
                          text=True, timeout=120, **kwargs)


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"withings-gui {__version__}"


def test_core_and_headless_commands_never_load_qt():
    code = ("import sys, withings_gui.core.sync, withings_gui.core.doctor, withings_gui.cli;"
            "from withings_gui.cli import main; rc = main(['sync', '--once', '--demo', "
            "'--dry-run', '--json']);"
            "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))]); "
            "sys.exit(rc)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_demo_refuses_configure():
    result = run("configure", "--demo", "--profile", "alice")
    assert result.returncode == 2 and "not available with --demo" in result.stderr
