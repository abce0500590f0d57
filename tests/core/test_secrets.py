import json
import stat

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends import fail

from withings_gui.core.paths import resolve_paths
from withings_gui.core.redact import redact
from withings_gui.core.secrets import SecretStore, SecretStoreError


@pytest.fixture
def file_store(tmp_path):
    return SecretStore(resolve_paths(tmp_path).ensure(), backend=fail.Keyring())


def test_fallback_file_is_private_and_warned_about(file_store, tmp_path):
    file_store.set("client_secret", "s3cr3t-value-1")
    path = tmp_path / "secrets.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert file_store.warning and str(path) in file_store.warning
    assert file_store.get("client_secret") == "s3cr3t-value-1"
    assert file_store.get("missing") is None


def test_values_are_registered_for_redaction(file_store):
    file_store.set("ha_token", "a-token-nobody-logs-42")
    assert "a-token-nobody-logs-42" not in redact("sent a-token-nobody-logs-42")


def test_delete_removes_only_that_secret(file_store, tmp_path):
    file_store.set("a", "value-aaaa")
    file_store.set("b", "value-bbbb")
    file_store.delete("a")
    file_store.delete("never-there")
    assert json.loads((tmp_path / "secrets.json").read_text()) == {"b": "value-bbbb"}


def test_corrupt_fallback_file_is_an_error_not_a_reset(file_store, tmp_path):
    (tmp_path / "secrets.json").write_text("{broken")
    with pytest.raises(SecretStoreError, match="cannot be read"):
        file_store.get("x")
    with pytest.raises(SecretStoreError):
        file_store.set("x", "value-xxxx")
    assert (tmp_path / "secrets.json").read_text() == "{broken"


def test_two_config_folders_do_not_share_keyring_entries(tmp_path):
    one = SecretStore(resolve_paths(tmp_path / "one").ensure(), backend=fail.Keyring())
    two = SecretStore(resolve_paths(tmp_path / "two").ensure(), backend=fail.Keyring())
    assert one.service != two.service and one.service.startswith("withings-gui:")


@pytest.mark.keyring
def test_real_secret_service_is_used_when_available(tmp_path):
    backend = keyring.get_keyring()
    store = SecretStore(resolve_paths(tmp_path).ensure())
    assert store.warning is None, f"no usable keyring: {backend!r}"
    store.set("client_secret", "kept-in-the-keyring-77")
    assert store.get("client_secret") == "kept-in-the-keyring-77"
    assert not (tmp_path / "secrets.json").exists()
    assert keyring.get_password(store.service, "client_secret") == "kept-in-the-keyring-77"
    store.delete("client_secret")
    assert store.get("client_secret") is None


class FlakyKeyring(keyring.backend.KeyringBackend):
    """An in-memory keyring whose first ``failures`` calls fail, like a busy Secret Service."""
    priority = 1

    def __init__(self, failures: int):
        super().__init__()
        self.failures, self.values = failures, {}

    def _maybe_fail(self):
        if self.failures:
            self.failures -= 1
            raise keyring.errors.KeyringError("Message recipient disconnected")

    def get_password(self, service, username):
        self._maybe_fail()
        return self.values.get((service, username))

    def set_password(self, service, username, password):
        self._maybe_fail()
        self.values[(service, username)] = password

    def delete_password(self, service, username):
        self.values.pop((service, username), None)


def test_one_dropped_keyring_call_is_tried_again(tmp_path):
    store = SecretStore(resolve_paths(tmp_path).ensure(), backend=FlakyKeyring(failures=1))
    store.set("ha_token", "abc")
    assert store.get("ha_token") == "abc"


def test_a_keyring_that_keeps_failing_is_a_clear_error(tmp_path):
    store = SecretStore(resolve_paths(tmp_path).ensure(), backend=FlakyKeyring(failures=2))
    with pytest.raises(SecretStoreError, match="could not be read"):
        store.get("ha_token")
