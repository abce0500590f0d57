"""The Withings callback URL: built from the user's path, checked the way Withings checks it.

Withings accepts a partner app's callback only when it is https on the default port, on a
fully qualified public name, and the host answers an HTTP HEAD with a certificate from a
public CA. Each rule is reported on its own, with what to do when it fails.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import ssl
import threading
from dataclasses import dataclass
from http.client import HTTPSConnection
from typing import Callable, Literal
from urllib.parse import urlsplit

CALLBACK_PATH = "/auth/external/callback"
MAX_LENGTH = 255
PRIVATE_SUFFIXES = (".local", ".lan", ".home", ".internal", ".localdomain", ".home.arpa",
                    ".localhost", ".intranet", ".corp", ".private", ".test", ".invalid",
                    ".example")
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_NABU_ID = re.compile(r"^[a-z0-9]{10,64}$")


class CallbackUrlError(ValueError):
    pass


@dataclass(frozen=True)
class RuleResult:
    rule_id: str
    title: str
    ok: bool | None  # None: not checked, because an earlier rule failed
    message: str
    fix: str = ""
    blocking: bool = True  # False: a warning that Withings itself would not refuse


def build_callback_url(kind: Literal["nabu_casa", "own_domain"], value: str) -> str:
    value = (value or "").strip()
    if not value:
        raise CallbackUrlError("Enter your Home Assistant Cloud address or your own domain.")
    if kind == "nabu_casa":
        host = urlsplit(value if "://" in value else f"https://{value}").hostname or ""
        remote_id = host.removesuffix(".ui.nabu.casa")
        if not _NABU_ID.match(remote_id):
            raise CallbackUrlError(
                "That is not a Home Assistant Cloud address; it looks like "
                "https://abcdef1234567890.ui.nabu.casa (HA → Settings → Home Assistant Cloud "
                "→ Remote control).")
        return f"https://{remote_id}.ui.nabu.casa{CALLBACK_PATH}"
    parts = urlsplit(value if "://" in value else f"https://{value}")
    if not parts.hostname:
        raise CallbackUrlError(f"{value!r} has no domain name in it.")
    try:
        port = parts.port
    except ValueError:
        raise CallbackUrlError(f"The port in {value!r} is not a number.") from None
    netloc = parts.hostname if port in (None, 443) else f"{parts.hostname}:{port}"
    return f"https://{netloc}{CALLBACK_PATH}"


def check_static(url: str) -> list[RuleResult]:
    """The rules that need no network: scheme, name, port, length, path."""
    url = (url or "").strip()
    parts = urlsplit(url)
    host = (parts.hostname or "").rstrip(".")
    results = [
        RuleResult("https", "https", parts.scheme == "https",
                   "Uses https." if parts.scheme == "https" else
                   f"Withings only accepts https callback URLs (this one is "
                   f"{parts.scheme or 'not a URL'}).",
                   "Reach Home Assistant over https: Home Assistant Cloud, or a certificate "
                   "for your domain (e.g. the Let's Encrypt add-on)."),
        _fqdn_rule(host),
        _port_rule(parts),
        RuleResult("length", "at most 255 characters", len(url) <= MAX_LENGTH,
                   f"{len(url)} characters." if len(url) <= MAX_LENGTH else
                   f"The URL is {len(url)} characters; Withings allows {MAX_LENGTH}.",
                   "Use a shorter domain name."),
        RuleResult("extras", "no user, query or fragment",
                   not (parts.username or parts.password or parts.query or parts.fragment),
                   "Nothing extra." if not (parts.username or parts.query or parts.fragment)
                   else "Remove the user name, '?…' or '#…' part: Withings compares the URL "
                        "exactly.", "Use https://<domain>/auth/external/callback."),
        RuleResult("path", "Home Assistant's callback path",
                   parts.path.rstrip("/") == CALLBACK_PATH,
                   f"Ends in {CALLBACK_PATH}." if parts.path.rstrip("/") == CALLBACK_PATH else
                   f"Home Assistant receives the login at {CALLBACK_PATH}; this URL has "
                   f"{parts.path or '/'}.", f"Use https://{host or '<domain>'}{CALLBACK_PATH}.",
                   blocking=False),
    ]
    return results


def _fqdn_rule(host: str) -> RuleResult:
    title = "a public domain name"
    fix = ("Use the domain name Home Assistant is reachable at from the internet (Home "
           "Assistant Cloud, or your own domain), not an address of your home network.")
    try:
        ipaddress.ip_address(host.strip("[]"))
        return RuleResult("fqdn", title, False,
                          f"{host} is an IP address; Withings needs a domain name.", fix)
    except ValueError:
        pass
    lowered = host.lower()
    try:
        ascii_host = lowered.encode("idna").decode() if lowered else ""
    except UnicodeError:
        return RuleResult("fqdn", title, False, f"{host!r} is not a valid domain name.", fix)
    if not ascii_host:
        return RuleResult("fqdn", title, False, "The URL has no domain name.", fix)
    if ascii_host == "localhost" or ascii_host.endswith(PRIVATE_SUFFIXES):
        return RuleResult("fqdn", title, False, f"{host} only exists on your own network; "
                                                "Withings cannot reach it.", fix)
    labels = ascii_host.split(".")
    if len(labels) < 2:
        return RuleResult("fqdn", title, False, f"{host} is not a fully qualified domain name "
                                                "(it has no dot).", fix)
    if not all(_LABEL.match(label) for label in labels) or labels[-1].isdigit():
        return RuleResult("fqdn", title, False, f"{host} is not a valid domain name.", fix)
    return RuleResult("fqdn", title, True, f"{host} is a fully qualified domain name.")


def _port_rule(parts) -> RuleResult:
    try:
        port = parts.port
    except ValueError:
        return RuleResult("port", "the default https port", False, "The port is not a number.",
                          "Remove the port.")
    ok = port in (None, 443)
    return RuleResult("port", "the default https port", ok,
                      "Default port." if ok else f"Withings only accepts the default port "
                                                 f"(443); this URL uses {port}.",
                      "Forward port 443 to Home Assistant, or use Home Assistant Cloud.")


def _default_resolve(host: str, port: int) -> list[str]:
    return sorted({info[4][0] for info in socket.getaddrinfo(host, port,
                                                             type=socket.SOCK_STREAM)})


def check_network(url: str, timeout: float = 10, ca_file: str | None = None,
                  cancel: threading.Event | None = None,
                  progress: Callable[[RuleResult], None] | None = None,
                  resolve: Callable[[str, int], list[str]] = _default_resolve,
                  connect_port: int | None = None) -> list[RuleResult]:
    """DNS, TLS with the public CA store, then an HTTP HEAD; each reported as it is known.

    ``ca_file`` adds a trust anchor and ``connect_port`` another port, for tests only;
    verification is never switched off.
    """
    parts = urlsplit(url)
    host, port = parts.hostname or "", connect_port or parts.port or 443
    results: list[RuleResult] = []

    def report(result: RuleResult) -> bool:
        results.append(result)
        if progress is not None:
            progress(result)
        return bool(result.ok) and not (cancel is not None and cancel.is_set())

    try:
        addresses = resolve(host, port)
    except (OSError, UnicodeError):
        addresses = []
    if not report(RuleResult("dns", "the name resolves", bool(addresses),
                             f"{host} resolves to {', '.join(addresses[:3])}." if addresses
                             else f"{host} does not resolve (DNS).",
                             "Check the spelling, and that the domain's DNS record points at "
                             "your Home Assistant.")):
        return _not_checked(results, ("tls", "head"), progress)
    context = ssl.create_default_context()
    if ca_file:
        context.load_verify_locations(ca_file)
    address = addresses[0]
    if not report(_tls_rule(host, address, port, context, timeout)):
        return _not_checked(results, ("head",), progress)
    report(_head_rule(host, address, port, context, parts.path or "/", timeout))
    return results


def _tls_rule(host: str, address: str, port: int, context: ssl.SSLContext,
              timeout: float) -> RuleResult:
    title = "a certificate from a public authority"
    try:
        with socket.create_connection((address, port), timeout=timeout) as raw:
            with context.wrap_socket(raw, server_hostname=host) as tls:
                issuer = dict(item[0] for item in tls.getpeercert().get("issuer", ()))
        return RuleResult("tls", title, True,
                          f"Certificate for {host} issued by "
                          f"{issuer.get('organizationName') or issuer.get('commonName', '?')}.")
    except ssl.SSLCertVerificationError as exc:
        reason = (exc.verify_message or str(exc)).lower()
        if "expired" in reason:
            message = f"The certificate of {host} has expired."
            fix = "Renew it (the Let's Encrypt add-on renews automatically)."
        elif "hostname" in reason or "ip address mismatch" in reason:
            message = f"The certificate is not valid for {host} (it is for another name)."
            fix = "Use the domain name the certificate was issued for."
        elif "self" in reason:
            message = f"The certificate of {host} is self-signed; Withings refuses it."
            fix = "Get a certificate from a public authority such as Let's Encrypt."
        else:
            message = (f"The certificate of {host} is not issued by a public certificate "
                       f"authority ({exc.verify_message}).")
            fix = "Get a certificate from a public authority such as Let's Encrypt."
        return RuleResult("tls", title, False, message, fix)
    except (ssl.SSLError, OSError) as exc:
        return RuleResult("tls", title, False,
                          f"No secure connection to {host}:{port} ({_describe(exc)}).",
                          "Make sure port 443 reaches Home Assistant over https.")


def _head_rule(host: str, address: str, port: int, context: ssl.SSLContext, path: str,
               timeout: float) -> RuleResult:
    title = "answers an HTTP HEAD request"
    connection = _PinnedHTTPSConnection(host, address, port, context, timeout)
    try:
        connection.request("HEAD", path)
        status = connection.getresponse().status
    except Exception as exc:  # OSError, ssl.SSLError and http.client errors alike
        return RuleResult("head", title, False,
                          f"The callback URL did not answer ({_describe(exc)}).",
                          "Check that Home Assistant is reachable from the internet at this "
                          "address.")
    finally:
        connection.close()
    return RuleResult("head", title, True, f"Answered with HTTP {status}.")


class _PinnedHTTPSConnection(HTTPSConnection):
    """HTTPS to an already resolved address, still verifying the certificate for ``host``."""

    def __init__(self, host: str, address: str, port: int, context: ssl.SSLContext,
                 timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=context)
        self._address = address

    def connect(self) -> None:
        raw = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(raw, server_hostname=self.host)


def _not_checked(results: list[RuleResult], rule_ids: tuple[str, ...],
                 progress: Callable[[RuleResult], None] | None) -> list[RuleResult]:
    titles = {"tls": "a certificate from a public authority",
              "head": "answers an HTTP HEAD request"}
    for rule_id in rule_ids:
        result = RuleResult(rule_id, titles[rule_id], None,
                            "Not checked: an earlier check failed or was cancelled.")
        results.append(result)
        if progress is not None:
            progress(result)
    return results


def _describe(exc: BaseException) -> str:
    if isinstance(exc, socket.timeout):
        return "timed out"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, ConnectionResetError):
        return "connection reset"
    return str(exc) or type(exc).__name__
