import hashlib
import json
import stat

import keyring
import keyring.backend
import keyring.errors
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from keyring.backends import fail

from tests.support.small_disk import fill, make_read_only, small_disk
from withings_gui.core.paths import AppPaths, resolve_paths
from withings_gui.core.redact import redact
from withings_gui.core.secrets import SecretStore, SecretStoreError


@pytest.fixture
def file_store(tmp_path):
    return SecretStore(resolve_paths(tmp_path).ensure(), backend=fail.Keyring())


def test_fallback_file_is_private_and_warned_about(file_store, tmp_path):
    file_store.set("client_secret", "s3cr3t-value-1")
    path = tmp_path / "secrets.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert file_store.warning and str(path) in file_store.warning.english()
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


# A config folder reached through a symlink (a symlinked $HOME): one keyring namespace.

@pytest.fixture
def symlinked_home(tmp_path, monkeypatch):
    """The normal config folder, reached through a symlink as the tray names it; the sync
    child is handed the folder by path, which resolve_paths resolves."""
    real = tmp_path / "real-home"
    (real / ".config").mkdir(parents=True)
    link = tmp_path / "home"
    link.symlink_to(real, target_is_directory=True)
    monkeypatch.delenv("WITHINGS_GUI_CONFIG_DIR")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(link / ".config"))
    tray_paths = resolve_paths().ensure()
    assert tray_paths.root.is_relative_to(link)
    child_paths = resolve_paths(str(tray_paths.root))
    assert child_paths.root.is_relative_to(real)
    return tray_paths, child_paths


@pytest.mark.hostile("config folder reached through a symlink (real keyring)")
@pytest.mark.keyring
def test_the_sync_child_finds_what_the_tray_saved_through_a_symlink(symlinked_home):
    tray_paths, child_paths = symlinked_home
    tray, child = SecretStore(tray_paths), SecretStore(child_paths)
    assert not tray.uses_file, "this test needs the real Secret Service"
    try:
        tray.set("withings_tokens/alice", "saved-by-the-wizard-1")
        assert child.get("withings_tokens/alice") == "saved-by-the-wizard-1"
        child.set("withings_tokens/alice", "renewed-by-the-child-2")
        assert tray.get("withings_tokens/alice") == "renewed-by-the-child-2"
        assert tray.service == child.service
    finally:
        tray.delete("withings_tokens/alice")
    assert child.get("withings_tokens/alice") is None


def _former_service(root) -> str:
    """The namespace versions before the fix gave a folder that is not the normal one."""
    return "withings-gui:" + hashlib.sha256(str(root).encode()).hexdigest()[:12]


@pytest.mark.hostile("config folder reached through a symlink (real keyring)")
@pytest.mark.keyring
@pytest.mark.parametrize("saved_by", ["tray", "child"])
def test_secrets_saved_under_a_former_name_are_found_and_moved(symlinked_home, saved_by):
    tray_paths, child_paths = symlinked_home
    # Before the fix the tray saved under "withings-gui" and the child under the hash of the
    # resolved folder; each store must find (and move) what the other one saved.
    former = "withings-gui" if saved_by == "tray" else _former_service(child_paths.root)
    reader = SecretStore(child_paths if saved_by == "tray" else tray_paths)
    keyring.set_password(former, "client_secret", "saved-before-the-fix-3")
    try:
        assert reader.get("client_secret") == "saved-before-the-fix-3"
        assert keyring.get_password(reader.service, "client_secret") == \
            "saved-before-the-fix-3"
        if former != reader.service:
            assert keyring.get_password(former, "client_secret") is None  # moved, not copied
        reader.delete("client_secret")
        assert reader.get("client_secret") is None  # deleting does not bring it back
    finally:
        for service in (former, reader.service):
            try:
                keyring.delete_password(service, "client_secret")
            except keyring.errors.PasswordDeleteError:
                pass


@pytest.mark.keyring
def test_a_symlinked_other_folder_finds_secrets_saved_under_its_unresolved_name(tmp_path):
    real = tmp_path / "real-config"
    real.mkdir()
    link = tmp_path / "linked-config"
    link.symlink_to(real, target_is_directory=True)
    keyring.set_password(_former_service(link), "ha_token", "saved-under-the-link-4")
    store = SecretStore(AppPaths(link).ensure())  # named as given, not resolved
    try:
        assert store.get("ha_token") == "saved-under-the-link-4"
        assert SecretStore(AppPaths(real)).get("ha_token") == "saved-under-the-link-4"
        assert keyring.get_password(_former_service(link), "ha_token") is None
    finally:
        store.delete("ha_token")


# The 0600-file fallback on a disk that is full or read-only.

@pytest.mark.hostile("full or read-only disk while saving secrets / a renewed token")
@pytest.mark.parametrize("break_disk, reason", [(fill, "No space left on device"),
                                                (make_read_only, "Read-only file system")])
def test_a_secret_that_cannot_be_written_is_one_clear_error(tmp_path, break_disk, reason):
    with small_disk(tmp_path / "disk") as disk:
        paths = resolve_paths(disk / "cfg").ensure()
        store = SecretStore(paths, backend=fail.Keyring())
        store.set("withings_tokens/alice", "old-login-5")
        break_disk(disk)
        for change in (lambda: store.set("withings_tokens/alice", "new-login-6" * 200),
                       lambda: store.delete("withings_tokens/alice")):
            with pytest.raises(SecretStoreError, match=f"secrets.json could not be written "
                                                       f"\\({reason}\\); free some disk") as err:
                change()
            assert "\n" not in str(err.value)
            assert store.get("withings_tokens/alice") == "old-login-5"
        assert sorted(p.name for p in paths.root.iterdir()) == ["locks", "logs", "secrets.json"]


# Whatever secrets.json holds: a value, or one line naming the file and what to do.

def _check_any_content(store, file, content: bytes) -> str:
    file.write_bytes(content)
    try:
        value = store.get("withings_tokens/alice")
    except SecretStoreError as exc:
        message = str(exc)
        assert str(file) in message and "\n" not in message
        assert "remove it" in message
        with pytest.raises(SecretStoreError):
            store.set("withings_tokens/alice", "new-login-7")
        assert file.read_bytes() == content  # a file we cannot read is never overwritten
        return "refused"
    assert value is None or isinstance(value, str)
    return "a value" if value else "absent"


@pytest.mark.hostile("secrets.json: odd values, deep nesting")
@pytest.mark.parametrize("content", [
    b"[" * 10_000 + b"]" * 10_000, b'{"a":' * 10_000 + b"1" + b"}" * 10_000,
    b"\xff\xfe\x00{", b"1e999", b"9" * 5000, b'{"withings_tokens/alice": 1e999}', b"null",
    b'"a string"', b"[]", b"", b"\x00" * 64])
def test_odd_secrets_files(file_store, tmp_path, content):
    assert _check_any_content(file_store, tmp_path / "secrets.json", content)


@pytest.mark.parametrize("value", [5, 10**40, None, True, [], {}, ["x"], {"a": "b"}, 1.5])
def test_a_value_that_is_not_text_counts_as_absent(file_store, tmp_path, value):
    (tmp_path / "secrets.json").write_text(json.dumps({"withings_tokens/alice": value,
                                                       "client_secret": "kept-8"}))
    assert file_store.get("withings_tokens/alice") is None
    file_store.set("withings_tokens/alice", "a-new-login-9")  # and it can be replaced
    assert file_store.get("withings_tokens/alice") == "a-new-login-9"
    assert file_store.get("client_secret") == "kept-8"


SECRETS_FILE_CASES = 1000
json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats()
                           | st.text(max_size=10),
                           lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=10), inner, max_size=3),
                           max_leaves=8)
file_contents = (st.binary(max_size=200)
                 | st.fixed_dictionaries({"withings_tokens/alice": st.text(min_size=1)
                                          | json_values})
                 .map(lambda value: json.dumps(value).encode())
                 | json_values.map(lambda value: json.dumps(value).encode())
                 | st.dictionaries(st.sampled_from(["withings_tokens/alice", "client_secret"])
                                   | st.text(max_size=5), json_values, max_size=4)
                 .map(lambda value: json.dumps(value).encode()))


@pytest.mark.hostile("secrets.json: any bytes")
@settings(max_examples=SECRETS_FILE_CASES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=file_contents)
def test_any_secrets_file_gives_a_value_or_one_clear_line(file_store, tmp_path, content):
    event(_check_any_content(file_store, tmp_path / "secrets.json", content))
