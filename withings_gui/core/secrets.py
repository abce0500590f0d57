"""Secrets (client secret, Withings tokens, HA token, webhook id) in the OS keyring.

When no usable keyring backend exists (a headless box without a Secret Service), they go to a
0600 JSON file in the config folder and ``SecretStore.warning`` says so, so the UI and
``doctor`` can show it. Every value read or written is registered for log redaction.
"""

from __future__ import annotations

import json
import logging
import time
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

import platformdirs

if TYPE_CHECKING:
    import keyring.backend

from withings_gui.core.atomic import atomic_write
from withings_gui.core.errors import UserFacingError
from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message
from withings_gui.core.paths import APP_NAME, AppPaths
from withings_gui.core.redact import register_secret

log = logging.getLogger(__name__)

CLIENT_SECRET = "client_secret"
HA_TOKEN = "ha_token"
HA_WEBHOOK = "ha_webhook"
KEYRING_RETRY_S = 0.5


def token_key(profile: str) -> str:
    return f"withings_tokens/{profile}"


class SecretStoreError(UserFacingError):
    pass


class SecretStore:
    def __init__(self, paths: AppPaths, backend: keyring.backend.KeyringBackend | None = None):
        self._paths = paths
        self._file = paths.secrets_file
        # keyring (and the D-Bus and crypto libraries behind it) and filelock load only when
        # secrets are used: the tray, which never reads one, stays ~25 MB smaller and starts
        # ~40 ms sooner.
        import filelock
        import keyring
        import keyring.errors

        self._file_lock = filelock.FileLock(str(paths.lock_dir / "secrets.lock"))

        self._errors = keyring.errors
        backend = backend if backend is not None else keyring.get_keyring()
        self._keyring = backend if _usable(backend) else None
        # Separate config folders (tests, --demo) must not share keyring entries.
        self.service = _service_name(paths)
        self._former_services = [name for name in _former_service_names(paths)
                                 if name != self.service]
        self.warning: Message | None = None if self._keyring else Message(
            "core.secrets", QT_TRANSLATE_NOOP(
                "core.secrets", "No system keyring is available, so secrets are stored in "
                "{file} (readable only by you). Install and unlock a keyring such as GNOME "
                "Keyring or KWallet to keep them encrypted."), {"file": str(self._file)})

    @property
    def uses_file(self) -> bool:
        """True when secrets go to the 0600 file instead of a keyring."""
        return self._keyring is None

    @property
    def backend_name(self) -> str:
        if self._keyring is None:
            return f"file {self._file} (0600)"
        return f"{type(self._keyring).__module__}.{type(self._keyring).__name__}"

    def get(self, name: str) -> str | None:
        if self._keyring is not None:
            value = self._keyring_get(self.service, name)
            if value is None:
                value = self._move_from_former_service(name)
        else:
            value = self._read_file().get(name)
        if not isinstance(value, str):
            value = None  # a hand-edited file's number or list is no secret
        register_secret(value)
        return value

    def set(self, name: str, value: str) -> None:
        register_secret(value)
        if self._keyring is not None:
            self._retrying(lambda: self._keyring.set_password(self.service, name, value),
                           QT_TRANSLATE_NOOP("core.secrets",
                                             "The keyring refused to store a secret"))
            return
        with self._writing_file():
            data = self._read_file()
            data[name] = value
            self._write_file(data)

    def delete(self, name: str) -> None:
        if self._keyring is not None:
            for service in (self.service, *self._former_services):
                try:
                    self._keyring.delete_password(service, name)
                except self._errors.PasswordDeleteError:
                    pass
            return
        with self._writing_file():
            data = self._read_file()
            if data.pop(name, None) is not None:
                self._write_file(data)

    def _keyring_get(self, service: str, name: str) -> str | None:
        return self._retrying(lambda: self._keyring.get_password(service, name),
                              QT_TRANSLATE_NOOP("core.secrets", "The keyring could not be read"))

    def _move_from_former_service(self, name: str) -> str | None:
        """A secret saved before the config folder's name was resolved (reached through a
        symlink, the folder had another keyring namespace): moved to this one."""
        for service in self._former_services:
            value = self._keyring_get(service, name)
            if value is None:
                continue
            try:
                self.set(name, value)
                self._keyring.delete_password(service, name)
            except (SecretStoreError, self._errors.KeyringError) as exc:
                # Found is what matters now; the move is tried again on the next read.
                log.info("could not move secret %s to keyring service %s: %s", name,
                         self.service, exc)
            else:
                log.info("moved secret %s to keyring service %s", name, self.service)
            return value
        return None

    @contextmanager
    def _writing_file(self) -> Iterator[None]:
        """The file lock held; any OSError (disk full, read-only or unwritable folder) becomes
        one message, and atomic_write has left the previous file as it was."""
        try:
            with self._file_lock:
                yield
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise SecretStoreError(Message("core.secrets", QT_TRANSLATE_NOOP(
                "core.secrets", "{file} could not be written ({reason}); free some disk space "
                "or make the folder writable, then try again."),
                {"file": str(self._file), "reason": reason})) from None

    def _retrying(self, call, failure: str):
        """One more try after a keyring error: the Secret Service drops a D-Bus call now and
        then when several processes (tray sync, CLI, wizard) use it at the same moment.
        ``failure`` is an English source marked with QT_TRANSLATE_NOOP("core.secrets", ...)."""
        for attempt in range(2):
            try:
                return call()
            except self._errors.KeyringError as exc:
                if attempt:
                    raise SecretStoreError(Message("core.secrets", QT_TRANSLATE_NOOP(
                        "core.secrets", "{failure} ({reason})."), {
                            "failure": Message("core.secrets", failure),
                            "reason": str(exc)})) from None
                log.info("keyring call failed, trying once more: %s", exc)
                time.sleep(KEYRING_RETRY_S)

    def _read_file(self) -> dict[str, str]:
        try:
            data = json.loads(self._file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError, RecursionError) as exc:  # RecursionError: deep nesting
            raise SecretStoreError(Message("core.secrets", QT_TRANSLATE_NOOP(
                "core.secrets", "{file} cannot be read ({reason}); fix or remove it and log in "
                "again."), {"file": str(self._file), "reason": exc.__class__.__name__})) \
                from None
        if not isinstance(data, dict):
            raise SecretStoreError(Message("core.secrets", QT_TRANSLATE_NOOP(
                "core.secrets", "{file} is not a secrets file; remove it and log in again."),
                {"file": str(self._file)}))
        return data

    def _write_file(self, data: dict[str, str]) -> None:
        self._paths.ensure()
        atomic_write(Path(self._file), json.dumps(data, indent=1).encode("utf-8"), mode=0o600)


def _usable(backend: keyring.backend.KeyringBackend) -> bool:
    from keyring.backends import chainer, fail

    if isinstance(backend, fail.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return bool(backend.backends)
    try:
        return backend.priority > 0
    except Exception:  # a backend's priority probe may raise when it cannot work here
        return False


def _service_name(paths: AppPaths) -> str:
    """"withings-gui" for the normal config folder; another folder gets its own namespace.

    The folder's real path decides, so that a config folder reached through a symlink (a
    symlinked $HOME, or the tray passing its folder to the sync child) gives one namespace.
    """
    if _real(paths.root) == _real(_default_root()):
        return APP_NAME
    return _hashed_service(_real(paths.root))


def _former_service_names(paths: AppPaths) -> list[str]:
    """Where versions before the symlink fix may have saved this folder's secrets: under the
    folder's unresolved name, or under its resolved one when that was not recognised as the
    normal folder."""
    names = [_hashed_service(paths.root), _hashed_service(_real(paths.root))]
    if paths.root == _default_root():
        names.insert(0, APP_NAME)
    return list(dict.fromkeys(names))


def _default_root() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def _real(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symlink loop: keep the name as given
        return path


def _hashed_service(root: Path) -> str:
    import hashlib  # here, not on top: OpenSSL adds 3 MB to the tray, which never gets here

    digest = hashlib.sha256(str(root).encode()).hexdigest()[:12]
    return f"{APP_NAME}:{digest}"
