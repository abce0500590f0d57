"""The network half of the callback URL check: DNS, TLS and an HTTP HEAD, in that order.

Withings fetches the callback URL when the developer saves it: the name must resolve, the
certificate must chain to a public CA and be valid for the name, and the URL must answer.
Blocking I/O; the GUI runs it off its thread and gets each rule through ``progress``.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Callable
from urllib.parse import urlsplit

from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message
from withings_gui.core.setup_rules.callback_url import (RuleResult, ascii_host,
                                                       is_nabu_casa_host)

Resolver = Callable[[str, int], list[str]]


def said(source: str, **values: object) -> Message:
    """A message of this module (its source marked with QT_TRANSLATE_NOOP where written)."""
    return Message("core.callback_network", source, values)


# The rules' titles, which the wizard also shows before the rules are checked.
TITLES = {
    "dns": said(QT_TRANSLATE_NOOP("core.callback_network", "the name resolves")),
    "tls": said(QT_TRANSLATE_NOOP("core.callback_network",
                                  "a certificate from a public authority")),
    "head": said(QT_TRANSLATE_NOOP("core.callback_network", "answers an HTTP HEAD request")),
}
_PUBLIC_CERT_FIX = QT_TRANSLATE_NOOP(
    "core.callback_network", "Use Home Assistant Cloud (Nabu Casa), or get a certificate from "
    "a public authority, e.g. with Home Assistant's Let's Encrypt add-on.")
# OpenSSL X509_V_ERR_* verify codes → (what is wrong, how to fix it), {host} filled in.
_VERIFY_ERRORS = {
    10: (QT_TRANSLATE_NOOP("core.callback_network", "The certificate of {host} has expired."),
         QT_TRANSLATE_NOOP("core.callback_network", "Renew it; Home Assistant's Let's Encrypt "
                           "add-on renews automatically, and Home Assistant Cloud (Nabu Casa) "
                           "needs no certificate of your own.")),
    9: (QT_TRANSLATE_NOOP("core.callback_network",
                          "The certificate of {host} is not valid yet."),
        QT_TRANSLATE_NOOP("core.callback_network", "Check this computer's date and time, or "
                          "wait until the certificate's start date.")),
    18: (QT_TRANSLATE_NOOP("core.callback_network",
                           "The certificate of {host} is self-signed; Withings refuses it."),
         _PUBLIC_CERT_FIX),
    62: (QT_TRANSLATE_NOOP("core.callback_network", "The certificate is not valid for {host} "
                           "(it was issued for another name)."),
         QT_TRANSLATE_NOOP("core.callback_network", "Use the domain name the certificate was "
                           "issued for, or get a certificate that includes {host} (the Let's "
                           "Encrypt add-on's 'domains' option).")),
    23: (QT_TRANSLATE_NOOP("core.callback_network",
                           "The certificate of {host} has been revoked."), _PUBLIC_CERT_FIX),
}
# Unknown issuer, incomplete chain, private CA: all look alike to Withings.
_NOT_PUBLIC = (QT_TRANSLATE_NOOP("core.callback_network", "The certificate of {host} is not "
                                 "issued by a public certificate authority (or the server does "
                                 "not send the full chain)."), _PUBLIC_CERT_FIX)
_CANCELLED = QT_TRANSLATE_NOOP("core.callback_network", "cancelled")


def resolve_addresses(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to, in the order the system prefers them."""
    addresses: list[str] = []
    for *_, sockaddr in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM):
        if sockaddr[0] not in addresses:
            addresses.append(sockaddr[0])
    return addresses


def check_network(url: str, timeout: float = 10, ca_file: str | None = None,
                  cancel: threading.Event | None = None,
                  progress: Callable[[RuleResult], None] | None = None,
                  resolve: Resolver | None = None,
                  connect_port: int | None = None) -> list[RuleResult]:
    """DNS, a TLS handshake against the system's public CAs, then an HTTP HEAD.

    Blocking: call it off the GUI thread. ``cancel`` is honoured between steps; each result
    goes to ``progress`` as soon as it is known. For tests only: ``resolve`` replaces DNS,
    ``ca_file`` adds a trust anchor (verification is never switched off) and
    ``connect_port`` connects elsewhere while SNI and the Host header still name the URL.
    """
    results: list[RuleResult] = []

    def report(result: RuleResult) -> None:
        results.append(result)
        if progress is not None:
            progress(result)

    def skip(rule_ids: tuple[str, ...], reason: Message) -> list[RuleResult]:
        for rule_id in rule_ids:
            report(RuleResult(rule_id, TITLES[rule_id], None, not_checked(reason)))
        return results

    def cancelled() -> bool:
        return cancel is not None and cancel.is_set()

    try:
        parts = urlsplit((url or "").strip())
        host, url_port = ascii_host(parts.hostname or ""), parts.port
    except ValueError:  # an unclosed "[" or a port that is not a number
        host, url_port = "", None
    if not host:
        return skip(("dns", "tls", "head"), said(QT_TRANSLATE_NOOP(
            "core.callback_network", "the URL has no valid domain name")))
    port = connect_port or url_port or 443
    if cancelled():
        return skip(("dns", "tls", "head"), said(_CANCELLED))
    dns, addresses = _dns_rule(host, port, resolve or resolve_addresses)
    report(dns)
    if not dns.ok:
        return skip(("tls", "head"), said(QT_TRANSLATE_NOOP(
            "core.callback_network", "{host} does not resolve"), host=host))
    if cancelled():
        return skip(("tls", "head"), said(_CANCELLED))
    context = ssl.create_default_context()
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    tls, sock = _tls_rule(host, addresses, port, context, timeout)
    report(tls)
    if sock is None:
        return skip(("head",), said(QT_TRANSLATE_NOOP("core.callback_network",
                                                      "there is no secure connection")))
    with sock:
        if cancelled():
            return skip(("head",), said(_CANCELLED))
        host_header = host if url_port in (None, 443) else f"{host}:{url_port}"
        report(_head_rule(sock, host_header, parts.path or "/", timeout))
    return results


def not_checked(reason: Message) -> Message:
    """A rule not checked, and why."""
    return said(QT_TRANSLATE_NOOP("core.callback_network", "Not checked: {reason}."),
                reason=reason)


def _dns_rule(host: str, port: int, resolve: Resolver) -> tuple[RuleResult, list[str]]:
    fix = said(QT_TRANSLATE_NOOP(
        "core.callback_network", "Check the spelling, and that the domain's DNS record (A or "
        "AAAA) points at the public address of your Home Assistant."))
    if is_nabu_casa_host(host):  # Nabu Casa keeps this name's DNS: nothing to set up there
        fix = said(QT_TRANSLATE_NOOP(
            "core.callback_network", "Copy the address exactly from Home Assistant → "
            "Settings → Home Assistant Cloud → Remote control, and check that remote control "
            "is switched on."))

    def fail(why: Message | str) -> tuple[RuleResult, list[str]]:
        return RuleResult("dns", TITLES["dns"], False, said(QT_TRANSLATE_NOOP(
            "core.callback_network", "{host} does not resolve ({why})."), host=host, why=why),
            fix), []

    try:
        addresses = list(resolve(host, port))
    except socket.gaierror as exc:
        no_such_name = (socket.EAI_NONAME, getattr(socket, "EAI_NODATA", socket.EAI_NONAME))
        why = (said(QT_TRANSLATE_NOOP("core.callback_network", "no such name"))
               if exc.errno in no_such_name
               else said(QT_TRANSLATE_NOOP("core.callback_network",
                                           "the DNS server did not answer"))
               if exc.errno == socket.EAI_AGAIN else exc.strerror or str(exc))
        return fail(why)
    except (OSError, UnicodeError) as exc:
        return fail(str(exc))
    if not addresses:
        return fail(said(QT_TRANSLATE_NOOP("core.callback_network", "no address")))
    shown = ", ".join(addresses[:3]) + (" …" if len(addresses) > 3 else "")
    if all(ipaddress.ip_address(a.split("%")[0]).is_private for a in addresses):
        # Fine with split-horizon DNS at home; Withings asks a public resolver.
        message = said(QT_TRANSLATE_NOOP(
            "core.callback_network", "{host} resolves to {addresses}. That is an address "
            "inside a private network: make sure public DNS gives Withings your public "
            "address."), host=host, addresses=shown)
    else:
        message = said(QT_TRANSLATE_NOOP("core.callback_network",
                                         "{host} resolves to {addresses}."),
                       host=host, addresses=shown)
    return RuleResult("dns", TITLES["dns"], True, message), addresses


def _tls_rule(host: str, addresses: list[str], port: int, context: ssl.SSLContext,
              timeout: float) -> tuple[RuleResult, ssl.SSLSocket | None]:
    def fail(message: Message, fix: Message) -> tuple[RuleResult, None]:
        return RuleResult("tls", TITLES["tls"], False, message, fix), None

    raw, error = None, None
    for address in addresses:  # like a browser: the first address that accepts
        try:
            raw = socket.create_connection((address, port), timeout=timeout)
            break
        except OSError as exc:
            error = exc
    if raw is None:
        return fail(said(QT_TRANSLATE_NOOP("core.callback_network", "Could not connect to "
                                           "{host} on port {port} ({why})."),
                         host=host, port=port, why=_describe(error, timeout)),
                    said(QT_TRANSLATE_NOOP("core.callback_network", "Make sure port {port} of "
                                           "your router is forwarded to Home Assistant, or use "
                                           "Home Assistant Cloud (Nabu Casa)."), port=port))
    try:
        sock = context.wrap_socket(raw, server_hostname=host)
    except ssl.SSLCertVerificationError as exc:
        raw.close()
        message, fix = _VERIFY_ERRORS.get(exc.verify_code, _NOT_PUBLIC)
        return fail(said(message, host=host), said(fix, host=host))
    except ssl.SSLError as exc:
        raw.close()
        if exc.reason == "WRONG_VERSION_NUMBER":
            return fail(said(QT_TRANSLATE_NOOP("core.callback_network", "{host} answers on "
                                               "port {port}, but not with https (plain "
                                               "http?)."), host=host, port=port),
                        said(QT_TRANSLATE_NOOP("core.callback_network", "Serve Home Assistant "
                                               "over https on port 443 (ssl_certificate in the "
                                               "http: section, or a reverse proxy), or use "
                                               "Home Assistant Cloud.")))
        return fail(_handshake_failed(host, exc.reason or str(exc)), said(_PUBLIC_CERT_FIX))
    except OSError as exc:
        raw.close()
        return fail(_handshake_failed(host, _describe(exc, timeout)),
                    said(QT_TRANSLATE_NOOP("core.callback_network", "Check that port 443 "
                                           "reaches Home Assistant (or its proxy) over "
                                           "https.")))
    cert = sock.getpeercert() or {}
    issuer = dict(item[0] for item in cert.get("issuer", ()))
    issuer_name = issuer.get("organizationName") or issuer.get("commonName", "?")
    until = ssl.cert_time_to_seconds(cert["notAfter"]) if "notAfter" in cert else None
    if until:
        passed = said(QT_TRANSLATE_NOOP("core.callback_network", "Certificate for {host} "
                                        "issued by {issuer}, valid until {date}."),
                      host=host, issuer=issuer_name,
                      date=time.strftime("%Y-%m-%d", time.gmtime(until)))
    else:
        passed = said(QT_TRANSLATE_NOOP("core.callback_network",
                                        "Certificate for {host} issued by {issuer}."),
                      host=host, issuer=issuer_name)
    return RuleResult("tls", TITLES["tls"], True, passed), sock


def _handshake_failed(host: str, why: Message | str) -> Message:
    return said(QT_TRANSLATE_NOOP("core.callback_network", "The secure (TLS) handshake with "
                                  "{host} failed ({why})."), host=host, why=why)


def _head_rule(sock: ssl.SSLSocket, host_header: str, path: str,
               timeout: float) -> RuleResult:
    fix = said(QT_TRANSLATE_NOOP(
        "core.callback_network", "Check that Home Assistant (or the proxy in front of it) is "
        "running and reachable from the internet at this address."))

    def fail(message: Message) -> RuleResult:
        return RuleResult("head", TITLES["head"], False, message, fix)

    # http.client over the socket the TLS rule verified: it never connects by itself.
    connection = http.client.HTTPConnection(host_header, timeout=timeout)
    connection.sock = sock
    try:
        connection.request("HEAD", path, headers={"Host": host_header,
                                                  "User-Agent": "withings-gui callback check"})
        with connection.getresponse() as response:
            status, reason = response.status, response.reason
    except http.client.RemoteDisconnected:
        return fail(said(QT_TRANSLATE_NOOP("core.callback_network", "The server closed or "
                                           "reset the connection without answering the HEAD "
                                           "request.")))
    except http.client.HTTPException as exc:
        return fail(said(QT_TRANSLATE_NOOP("core.callback_network",
                                           "The server's answer is not HTTP ({why})."),
                         why=type(exc).__name__))
    except OSError as exc:
        return fail(said(QT_TRANSLATE_NOOP("core.callback_network",
                                           "The HEAD request got no answer ({why})."),
                         why=_describe(exc, timeout)))
    finally:
        connection.close()
    return RuleResult("head", TITLES["head"], True, said(QT_TRANSLATE_NOOP(
        "core.callback_network", "Answered HEAD with HTTP {status} (any answer will do for "
        "Withings)."), status=f"{status} {reason}".rstrip()))


def _describe(exc: BaseException | None, timeout: float) -> Message | str:
    if isinstance(exc, TimeoutError):  # socket.timeout is TimeoutError since Python 3.10
        return said(QT_TRANSLATE_NOOP("core.callback_network", "no answer within {seconds} s"),
                    seconds=f"{timeout:g}")
    if isinstance(exc, ConnectionRefusedError):
        return said(QT_TRANSLATE_NOOP("core.callback_network", "connection refused"))
    if isinstance(exc, ConnectionResetError):
        return said(QT_TRANSLATE_NOOP("core.callback_network", "connection reset"))
    return (getattr(exc, "strerror", None) or str(exc) or type(exc).__name__) if exc else "?"
