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
    # Every module of the core (and the simulated cloud the CLI's --demo runs), found by
    # walking the package: a new module is checked without being listed here.
    code = ("import pkgutil, sys, withings_gui.core, withings_gui.demo\n"
            "names = [info.name for package in (withings_gui.core, withings_gui.demo) for info\n"
            "         in pkgutil.walk_packages(package.__path__, package.__name__ + '.')]\n"
            "for name in names:\n"
            "    __import__(name)\n"
            "from withings_gui.cli import main\n"
            "rc = main(['sync', '--once', '--demo', '--dry-run', '--json'])\n"
            "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))]\n"
            "print(len(names), qt)\n"
            "sys.exit(rc)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    walked, loaded = result.stdout.strip().splitlines()[-1].split(" ", 1)
    assert int(walked) > 50 and loaded == "[]"


def test_demo_refuses_configure():
    result = run("configure", "--demo", "--profile", "alice")
    assert result.returncode == 2 and "not available with --demo" in result.stderr
