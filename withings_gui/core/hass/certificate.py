"""The certificate a server shows, read only to name it: its SHA-256 fingerprint.

When Home Assistant's certificate is not trusted, the user sees this fingerprint and can
compare it with their own certificate's before choosing to trust that file. Nothing is sent
on this connection; it is closed right after the handshake.
"""

from __future__ import annotations

import hashlib
import ssl
from urllib.parse import urlsplit


def server_fingerprint(url: str, timeout: float = 5) -> str | None:
    """``AB:CD:…`` for the certificate served at ``url`` (https only), None if unreadable."""
    try:
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("https", "wss") or not parts.hostname:
            return None
        host, port = parts.hostname, parts.port or 443
    except ValueError:
        return None
    # The standard library fetches it without verifying (the point is to show what is
    # there, not to trust it); nothing is sent over that connection.
    try:
        der = ssl.PEM_cert_to_DER_cert(ssl.get_server_certificate((host, port),
                                                                  timeout=timeout))
    except (OSError, ValueError):
        return None
    return fingerprint_of(der) if der else None


def fingerprint_of(der: bytes) -> str:
    return ":".join(f"{byte:02X}" for byte in hashlib.sha256(der).digest())


def check_ca_file(path: str) -> str:
    """The absolute path of a readable PEM file with at least one certificate in it; ""
    for no file. InputError (one line, naming the file) otherwise."""
    from pathlib import Path

    from withings_gui.core.validation import InputError

    text = path.strip()
    if not text:
        return ""
    file = Path(text).expanduser()
    try:
        file = file.resolve()
        ssl.create_default_context().load_verify_locations(cafile=str(file))
    except FileNotFoundError:
        raise InputError(f"The certificate file {file} does not exist.") from None
    except IsADirectoryError:
        raise InputError(f"{file} is a folder; choose the certificate file (.pem or .crt) "
                         "in it.") from None
    except (ssl.SSLError, ValueError):  # SSLError is an OSError: before it
        raise InputError(f"{file} holds no certificate in PEM format (text starting with "
                         "-----BEGIN CERTIFICATE-----).") from None
    except OSError as exc:
        raise InputError(f"The certificate file {file} cannot be read "
                         f"({exc.strerror or exc}).") from None
    return str(file)
