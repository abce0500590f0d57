"""Home Assistant failures, each with a message that says what happened and what to do."""

from __future__ import annotations

import socket
import ssl

from withings_gui.core.errors import Explained
from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message, joined

C = "core.hass"


class HassError(Explained):
    pass


class HassUrlError(HassError):
    """Not an http(s) address, empty, or not the base address."""


class HassDnsError(HassError):
    pass


class HassRefusedError(HassError):
    pass


class HassTimeoutError(HassError):
    pass


class HassTlsError(HassError):
    pass


class HassAuthError(HassError):
    """401 (token wrong or revoked), or 403 (not an administrator's token)."""


class NotHomeAssistantError(HassError):
    pass


class HassUnavailableError(HassError):
    """HA is starting, shutting down or answered with a server error: try again later."""


class HassCommandError(HassError):
    """HA understood a request and refused it (websocket error code, webhook payload)."""

    def __init__(self, message: Message | str, code: str | None = None) -> None:
        super().__init__(message)
        self.code = code


class RegistrationGoneError(HassError):
    """HA answered 410 (or does not know the webhook): the mobile_app registration is gone."""


AUTH_401 = Message(C, QT_TRANSLATE_NOOP(
    "core.hass", "Home Assistant refused the access token (401): it is wrong or was revoked. "
    "Create a new long-lived access token in Home Assistant under your profile → Security → "
    "Long-lived access tokens, and enter it here."))
AUTH_403 = Message(C, QT_TRANSLATE_NOOP(
    "core.hass", "Home Assistant refused this request (403): the token must belong to an "
    "administrator, and this computer must not be banned (ip_bans.yaml) after failed "
    "logins."))


def classify_network_error(exc: BaseException, url: str) -> HassError:
    """Turn a transport exception (niquests, requests, websocket) into a named HassError."""
    chain, seen = [], exc
    while seen is not None and len(chain) < 10:
        chain.append(seen)
        seen = seen.__cause__ or seen.__context__
    text = " ".join(f"{type(e).__name__}: {e}" for e in chain).lower()
    if any(isinstance(e, ssl.SSLError) for e in chain) or "ssl" in text or "certificate" in text:
        reason, trusted = _tls_reason(text)
        failed = Message(C, QT_TRANSLATE_NOOP("core.hass",
                                              "The secure connection to {url} failed: {reason}."),
                         {"url": url, "reason": reason})
        if not trusted:
            return HassTlsError(joined([failed, *_trust_hint(url)]))
        return HassTlsError(joined([failed, Message(C, QT_TRANSLATE_NOOP(
            "core.hass", "Use the address your certificate was issued for, or http:// with the "
            "local address on your home network."))]))
    if any(isinstance(e, socket.gaierror) for e in chain) or "name resolution" in text \
            or "name or service not known" in text or "getaddrinfo" in text \
            or "nodename nor servname" in text or "resolve" in text:
        return HassDnsError(Message(C, QT_TRANSLATE_NOOP(
            "core.hass", "The name in {url} could not be found (DNS). Check the spelling, or "
            "use the IP address of your Home Assistant."), {"url": url}))
    if any(isinstance(e, ConnectionRefusedError) for e in chain) or "refused" in text:
        return HassRefusedError(Message(C, QT_TRANSLATE_NOOP(
            "core.hass", "Nothing answers at {url} (connection refused). Is Home Assistant "
            "running, and is the port right (usually 8123)?"), {"url": url}))
    if any(word in text for word in ("chunkedencoding", "incompleteread", "protocolerror",
                                     "connectionclosed", "remotedisconnected")):
        return HassUnavailableError(Message(C, QT_TRANSLATE_NOOP(
            "core.hass", "{url} broke off its answer halfway; values wait and are sent when "
            "Home Assistant answers normally."), {"url": url}))
    if "timed out" in text or "timeout" in text:
        return HassTimeoutError(Message(C, QT_TRANSLATE_NOOP(
            "core.hass", "{url} did not answer in time. Check the address and that this "
            "computer can reach Home Assistant."), {"url": url}))
    return HassUnavailableError(Message(C, QT_TRANSLATE_NOOP(
        "core.hass", "Could not talk to {url} ({error}); check that Home Assistant is running "
        "and reachable from this computer."), {"url": url, "error": type(exc).__name__}))


def _trust_hint(url: str) -> list[Message]:
    """How to trust a self-signed or private-CA certificate, with its fingerprint to compare."""
    from withings_gui.core.hass.certificate import server_fingerprint

    fingerprint = server_fingerprint(url)
    shown = [Message(C, QT_TRANSLATE_NOOP("core.hass",
                                          "Its SHA-256 fingerprint is {fingerprint}."),
                     {"fingerprint": fingerprint})] if fingerprint else []
    return [*shown, Message(C, QT_TRANSLATE_NOOP(
        "core.hass", "If it is your Home Assistant's own certificate (compare the fingerprint), "
        "choose its file with “Trust certificate file…” or `withings-gui configure "
        "--ha-ca-file FILE`; or use http:// with the local address."))]


def _tls_reason(text: str) -> tuple[Message, bool]:
    """Why the TLS handshake failed, and whether the certificate could be trusted as it is
    (False: self-signed or an unknown authority, so trusting its file is the way out)."""
    if "expired" in text:
        return Message(C, QT_TRANSLATE_NOOP("core.hass", "its certificate has expired")), True
    if "hostname" in text or "doesn't match" in text or "not valid for" in text \
            or "ip address mismatch" in text:
        return Message(C, QT_TRANSLATE_NOOP("core.hass",
                                            "its certificate is for another name")), True
    if "self signed" in text or "self-signed" in text:
        return Message(C, QT_TRANSLATE_NOOP(
            "core.hass", "its certificate is self-signed, so not trusted")), False
    if "wrong version" in text or "record layer" in text or "unexpected eof" in text:
        return Message(C, QT_TRANSLATE_NOOP(
            "core.hass", "it does not speak https on that port (try http://)")), True
    return Message(C, QT_TRANSLATE_NOOP(
        "core.hass", "its certificate is not issued by a known authority, so not trusted")), \
        False
