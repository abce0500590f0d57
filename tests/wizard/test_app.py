"""``withings-gui setup`` opens the wizard without loading QtWebEngine (the authorize page does)."""

import os
import subprocess
import sys

import pytest

from withings_gui.wizard.app import FIRST_PAGE_ENV

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("extra", [[], ["--demo"]])
def test_setup_shows_the_first_page_without_webengine(tmp_path, extra):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WITHINGS_GUI_CONFIG_DIR=str(tmp_path),
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", **{FIRST_PAGE_ENV: "1"})
    done = subprocess.run([sys.executable, "-m", "withings_gui", "setup", "--config-dir",
                           str(tmp_path / "cfg"), *extra], env=env, capture_output=True,
                          text=True, timeout=60)
    assert "first-page-shown page=path webengine=False" in done.stdout, done.stderr
    assert done.returncode == 1  # closed without finishing
