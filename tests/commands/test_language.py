"""The CLI speaks the user's language (issue 19): a real ``withings-gui`` process with a German
locale or ``configure --language de`` prints doctor and its errors in German; English (C, en)
stays English, and without Qt."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.cli_helpers import Cli
from withings_gui.commands.language import language_from_environment

GERMAN = {"LANG": "de_DE.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
ENGLISH = {"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}


@pytest.mark.parametrize("environ, language", [
    ({"LANG": "de_DE.UTF-8"}, "de"), ({"LC_ALL": "nl_BE@euro", "LANG": "de_DE"}, "nl"),
    ({"LC_MESSAGES": "fr_FR.UTF-8", "LANG": "C"}, "fr"), ({"LANG": "es"}, "es"),
    ({"LANG": "it-IT"}, "it"), ({"LANG": "C"}, "en"), ({"LANG": "POSIX"}, "en"),
    ({"LANG": "pt_BR.UTF-8"}, "en"), ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LC_ALL": "", "LANG": "de_DE"}, "de"), ({}, None), ({"LANG": " "}, None)])
def test_the_locale_variables_name_the_language(environ, language):
    assert language_from_environment(environ) == language


class LocalCli(Cli):
    """The real command with a locale of this test's choosing."""

    def __init__(self, config_dir, cloud, locale: dict[str, str]):
        super().__init__(config_dir, cloud)
        self.locale = locale

    def env(self) -> dict[str, str]:
        return {**super().env(), **self.locale}


@pytest.fixture
def configured(tmp_path, cloud):
    cli = Cli(tmp_path / "config", cloud)
    cli.configure()
    cli.login()
    return tmp_path / "config"


def test_doctor_speaks_german_with_a_german_locale(configured, cloud):
    result = LocalCli(configured, cloud, GERMAN).run("doctor", check=False)
    assert "[ok  ] config: Einstellungen gelesen aus " in result.stdout, result.stdout
    assert "Die Withings-Anmeldung von 'alice' funktioniert" in result.stdout
    assert "Settings read from" not in result.stdout


def test_an_error_is_one_german_line(configured, cloud):
    result = LocalCli(configured, cloud, GERMAN).run(
        "configure", "--profile", "alice", "--ha-url", "homeassistant.local:8123", check=False)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "withings-gui configure: 'homeassistant.local:8123' ist keine Webadresse: sie muss mit "
        "http:// oder https:// beginnen, zum Beispiel http://homeassistant.local:8123."]


def test_the_setting_overrides_an_english_locale(configured, cloud):
    english = LocalCli(configured, cloud, ENGLISH)
    assert "Settings read from" in english.run("doctor", check=False).stdout
    english.run("configure", "--language", "de")
    assert "Einstellungen gelesen aus" in english.run("doctor", check=False).stdout
    refused = english.run("sync", "--once", "--profile", "zed", check=False)
    assert refused.returncode == 2
    assert refused.stderr.strip() == ("withings-gui sync: Kein Profil 'zed'; eingerichtet: "
                                      "alice")
    english.run("configure", "--language", "en")
    assert "Settings read from" in english.run("doctor", check=False).stdout


def test_english_needs_no_qt(configured, cloud):
    """The sync child runs every few minutes: in English it never loads PySide6."""
    code = ("import sys\n"
            "from withings_gui.cli import main\n"
            "rc = main(['doctor'])\n"
            "print('qt', [m for m in sys.modules if m.startswith('PySide6')])\n"
            "sys.exit(0)\n")
    env = LocalCli(configured, cloud, ENGLISH).env()
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, timeout=120)
    assert "Settings read from" in result.stdout, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "qt []"
