"""The credentials page says where the secret goes before Next: keyring or the 0600 file."""

import pytest
from keyring.backends import fail

from tests.wizard.test_bad_input import go_to
from withings_gui.core.secrets import SecretStore

pytestmark = pytest.mark.gui


def test_without_a_keyring_the_page_names_the_file(qtbot, make_wizard, ctx):
    ctx.secrets = SecretStore(ctx.paths, backend=fail.Keyring())
    page = go_to(make_wizard(), "credentials", qtbot)
    assert page.store.isVisible()
    assert str(ctx.paths.secrets_file) in page.store.text()
    assert "No system keyring" in page.store.text() and "keyring" not in page.subTitle()


def test_with_a_keyring_the_page_says_so(qtbot, make_wizard, ctx):
    page = go_to(make_wizard(), "credentials", qtbot)
    assert not ctx.secrets.uses_file  # the test session's unlocked keyring
    assert "kept in your system keyring" in page.store.text()
    assert str(ctx.paths.secrets_file) not in page.store.text()
